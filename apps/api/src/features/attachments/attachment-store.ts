import type { Attachment, AttachmentType } from "@helpline/contracts/tickets";
import { type Db, schema } from "@helpline/db";
import { asc, eq } from "drizzle-orm";
import { AppError } from "../../lib/errors";
import type { TelegramFiles } from "./telegram-files";

const { attachments } = schema;

export interface StoredAttachment extends Attachment {
  ticketId: string;
  messageId: string | null;
}

/**
 * Where attachment bytes live. The embedded default keeps them in the database; an object
 * store (S3 and the like) implements the same calls and nothing else changes. Files sent to
 * the bot stay on Telegram: only their file id is kept, and `open` downloads them.
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
  /** A photo or image document the customer sent to the bot, by its Telegram file id. */
  saveTelegramFile(input: {
    id: string;
    ticketId: string;
    messageId: string;
    uploaderId: number;
    contentType: AttachmentType;
    /** As Telegram reported it; 0 when it did not. */
    size: number;
    fileId: string;
  }): Promise<void>;
  /** What is known without reading the bytes: enough to decide who may open it. */
  find(id: string): Promise<StoredAttachment | undefined>;
  /** The bytes too; for a Telegram file this downloads it (refused above 20 MB). */
  open(id: string): Promise<(StoredAttachment & { bytes: Uint8Array }) | undefined>;
  listFor(ticketId: string): Promise<StoredAttachment[]>;
}

export function createDbAttachmentStore(db: Db, telegram?: TelegramFiles): AttachmentStore {
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
    async saveTelegramFile(input) {
      await db.insert(attachments).values({
        id: input.id,
        ticketId: input.ticketId,
        messageId: input.messageId,
        uploaderId: input.uploaderId,
        contentType: input.contentType,
        size: input.size,
        telegramFileId: input.fileId,
      });
    },
    async find(id) {
      const [row] = await db.select(meta).from(attachments).where(eq(attachments.id, id));
      return row ? { ...row, contentType: row.contentType as AttachmentType } : undefined;
    },
    async open(id) {
      const [row] = await db
        .select({ ...meta, bytes: attachments.data, fileId: attachments.telegramFileId })
        .from(attachments)
        .where(eq(attachments.id, id));
      if (!row) return undefined;
      const { fileId, bytes, ...rest } = row;
      const contentType = row.contentType as AttachmentType;
      if (bytes) return { ...rest, contentType, bytes };
      if (!fileId || !telegram) {
        throw new AppError("internal", "This file is on Telegram and no bot is configured");
      }
      const downloaded = await telegram.download(fileId, row.size > 0 ? row.size : undefined);
      return { ...rest, contentType, size: downloaded.byteLength, bytes: downloaded };
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
