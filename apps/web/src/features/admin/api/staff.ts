import type { AuditPage } from "@helpline/contracts/audit";
import type {
  StaffInvite,
  StaffInviteInput,
  StaffList,
  StaffMember,
  StaffUpdateInput,
} from "@helpline/contracts/staff";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";

export const useStaff = () =>
  useQuery({
    queryKey: ["staff"],
    queryFn: ({ signal }) => apiRequest<StaffList>("/api/admin/staff", { signal }),
  });

function useStaffMutation<Input, Output>(run: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["staff"] }),
  });
}

export const useInvite = () =>
  useStaffMutation((input: StaffInviteInput) =>
    apiRequest<StaffInvite>("/api/admin/staff/invites", { method: "POST", body: input }),
  );

export const useCancelInvite = () =>
  useStaffMutation((id: string) =>
    apiRequest<null>(`/api/admin/staff/invites/${encodeURIComponent(id)}`, { method: "DELETE" }),
  );

export const useUpdateStaff = () =>
  useStaffMutation(({ userId, input }: { userId: number; input: StaffUpdateInput }) =>
    apiRequest<StaffMember>(`/api/admin/staff/${userId}`, { method: "PATCH", body: input }),
  );

export type AuditFilters = Partial<
  Record<"actorId" | "action" | "targetType" | "targetId" | "from" | "to", string>
>;

export const useAuditLog = (filters: AuditFilters) =>
  useInfiniteQuery({
    queryKey: ["audit", filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
      if (pageParam) params.set("cursor", pageParam);
      params.set("limit", "50");
      return apiRequest<AuditPage>(`/api/admin/audit?${params}`, { signal });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
