import type { Me } from "@helpline/contracts/users";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";

export const getMe = (signal?: AbortSignal) => apiRequest<Me>("/api/me", { signal });

export const meQueryOptions = () =>
  queryOptions({ queryKey: ["me"], queryFn: ({ signal }) => getMe(signal), staleTime: 60_000 });

export const useMe = () => useQuery(meQueryOptions());
