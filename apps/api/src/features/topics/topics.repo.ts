import { type Db, schema } from "@helpline/db";
import { asc, eq } from "drizzle-orm";

const { topics, sections, queues } = schema;

export function createTopicsRepo(db: Db) {
  return {
    async listActive() {
      const [topicRows, sectionRows] = await Promise.all([
        db.select().from(topics).where(eq(topics.active, true)).orderBy(asc(topics.position)),
        db.select().from(sections).orderBy(asc(sections.position)),
      ]);
      return { topicRows, sectionRows };
    },

    /** The topic with its queue's SLA, as needed to open a ticket. */
    async findForTicket(topicId: string) {
      const [row] = await db
        .select({
          topicId: topics.id,
          active: topics.active,
          priority: topics.priority,
          queueId: queues.id,
          firstResponseMinutes: queues.firstResponseMinutes,
        })
        .from(topics)
        .innerJoin(queues, eq(queues.id, topics.queueId))
        .where(eq(topics.id, topicId));
      return row;
    },

    async findSection(sectionId: string) {
      const [row] = await db.select().from(sections).where(eq(sections.id, sectionId));
      return row;
    },
  };
}

export type TopicsRepo = ReturnType<typeof createTopicsRepo>;
