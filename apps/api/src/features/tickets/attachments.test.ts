import { schema } from "@helpline/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, customer, type TestApp } from "../../testing/test-app";

let t: TestApp;
const owner = customer(9501);
const stranger = customer(9502);
const agent = customer(9503);
let ticketId: string;

// The smallest valid PNG: a 1×1 transparent pixel.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

async function upload(
  body: Uint8Array,
  user = owner,
  query = "?alt=Tracking%20page",
  type = "image/png",
) {
  const res = await t.app.request(`/api/tickets/${ticketId}/attachments${query}`, {
    method: "POST",
    headers: { authorization: t.auth(user), "content-type": type },
    body,
  });
  // The same untyped JSON view of a response as every other API test reads.
  const json: Awaited<ReturnType<TestApp["call"]>>["body"] = await res.json();
  return { status: res.status, body: json };
}

beforeAll(async () => {
  t = await createTestApp();
  await t.handle.db.insert(schema.staffRoles).values({ userId: agent.id, role: "agent_l1" });
  const created = await t.call("POST", "/api/tickets", {
    user: owner,
    body: {
      topicId: "orders",
      subject: "Screenshot inside",
      description: "See the attached screenshot please.",
    },
  });
  ticketId = created.body.id;
});
afterAll(async () => {
  await t?.close();
});

describe("attachments", () => {
  it("stores an image, shows it in the thread with its alt text, and serves it to owner and staff", async () => {
    const res = await upload(PNG);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ author: "customer", body: "Tracking page" });
    const [attachment] = res.body.attachments as {
      id: string;
      contentType: string;
      size: number;
    }[];
    expect(attachment).toMatchObject({ contentType: "image/png", size: PNG.length });

    const thread = await t.call("GET", `/api/tickets/${ticketId}`, { user: owner });
    expect(thread.body.messages.at(-1).attachments).toEqual([attachment]);

    const image = await t.app.request(`/api/attachments/${attachment?.id}`, {
      headers: { authorization: t.auth(owner) },
    });
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await image.arrayBuffer()).equals(PNG)).toBe(true);

    const byAgent = await t.app.request(`/api/attachments/${attachment?.id}`, {
      headers: { authorization: t.auth(agent) },
    });
    expect(byAgent.status).toBe(200);
    const byStranger = await t.app.request(`/api/attachments/${attachment?.id}`, {
      headers: { authorization: t.auth(stranger) },
    });
    expect(byStranger.status).toBe(404);
  });

  it("judges the type by content: a text file called PNG is refused", async () => {
    const res = await upload(Buffer.from("<script>alert(1)</script>"), owner, "", "image/png");
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields.file).toEqual(["Only JPEG, PNG or WebP images"]);
  });

  it("answers 413 above 10 MB and 404 on someone else's ticket", async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(PNG.subarray(0, 8));
    const res = await upload(big);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("payload_too_large");
    expect((await upload(PNG, stranger)).status).toBe(404);
  });
});
