import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeBotApi, startFakeBotApi } from "./fake-bot-api";

let fake: FakeBotApi;
beforeAll(async () => {
  fake = await startFakeBotApi();
});
afterAll(async () => {
  await fake.close();
});

const getFile = async (fileId: string) =>
  (await fetch(`${fake.apiRoot}/bot${fake.token}/getFile`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ file_id: fileId }),
  }).then((res) => res.json())) as {
    ok: boolean;
    result?: { file_path: string; file_size: number };
    description?: string;
  };

describe("files", () => {
  it("serves an added file through getFile and the file route, for the right token only", async () => {
    fake.addFile("f1", new Uint8Array([1, 2, 3]));
    const answer = await getFile("f1");
    expect(answer).toMatchObject({ ok: true, result: { file_size: 3 } });
    const path = answer.result?.file_path ?? "";
    const download = await fetch(`${fake.apiRoot}/file/bot${fake.token}/${path}`);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect((await fetch(`${fake.apiRoot}/file/bot1:wrong/${path}`)).status).toBe(404);
  });

  it("refuses unknown ids and files over 20 MB like Telegram", async () => {
    expect(await getFile("nope")).toMatchObject({
      ok: false,
      description: "Bad Request: invalid file_id",
    });
    fake.addFile("big", new Uint8Array([1]), { size: 20 * 1024 * 1024 + 1 });
    expect(await getFile("big")).toMatchObject({
      ok: false,
      description: "Bad Request: file is too big",
    });
  });
});
