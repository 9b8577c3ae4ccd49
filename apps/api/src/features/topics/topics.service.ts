import type { Locale } from "@helpline/contracts/locales";
import type { TopicsResponse } from "@helpline/contracts/topics";
import type { TopicsRepo } from "./topics.repo";

export function createTopicsService(repo: TopicsRepo) {
  return {
    /** The classification tree in one language, for the new-request form and the bot. */
    async list(locale: Locale): Promise<TopicsResponse> {
      const { topicRows, sectionRows } = await repo.listActive();
      return {
        topics: topicRows.map((topic) => ({
          id: topic.id,
          name: topic.name[locale] ?? topic.name.en,
          description: topic.description[locale] ?? topic.description.en,
          sections: sectionRows
            .filter((section) => section.topicId === topic.id)
            .map((section) => ({ id: section.id, name: section.name[locale] ?? section.name.en })),
        })),
      };
    },
  };
}

export type TopicsService = ReturnType<typeof createTopicsService>;
