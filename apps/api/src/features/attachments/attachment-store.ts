import type { Attachment, AttachmentType } from "@helpline/contracts/tickets";
import { type Db, schema } from "@helpline/db";
import { asc, eq } from "drizzle-orm";

const { attachments } = schema;

export interface StoredAttachment extends Attachment {
  ticketId: string;
  messageId: string | null;
}

/**
 * Where attachment bytes live. The embedded default keeps them in the database; an object
 * store (S3 and the like) implements the same three calls and nothing else changes.
 */
export interface AttachmentStore {
  save(input: {
    id: string;
    ticketId: string;
    messageId: string;
    uploaderId: number;
    contentType: AttachmentType;
    bytes: Uint8Array;
  }): Promise<void>;
  open(id: string): Promise<(StoredAttachment & { bytes: Uint8Array }) | undefined>;
  listFor(ticketId: string): Promise<StoredAttachment[]>;
}

export function createDbAttachmentStore(db: Db): AttachmentStore {
  const meta = {
    id: attachments.id,
    ticketId: attachments.ticketId,
    messageId: attachments.messageId,
    contentType: attachments.contentType,
    size: attachments.size,
  };
  return {
    async save(input) {
      await db.insert(attachments).values({
        id: input.id,
        ticketId: input.ticketId,
        messageId: input.messageId,
        uploaderId: input.uploaderId,
        contentType: input.contentType,
        size: input.bytes.byteLength,
        data: input.bytes,
      });
    },
    async open(id) {
      const [row] = await db
        .select({ ...meta, bytes: attachments.data })
        .from(attachments)
        .where(eq(attachments.id, id));
      return row ? { ...row, contentType: row.contentType as AttachmentType } : undefined;
    },
    async listFor(ticketId) {
      const rows = await db
        .select(meta)
        .from(attachments)
        .where(eq(attachments.ticketId, ticketId))
        .orderBy(asc(attachments.createdAt));
      return rows.map((row) => ({ ...row, contentType: row.contentType as AttachmentType }));
    },
  };
}
