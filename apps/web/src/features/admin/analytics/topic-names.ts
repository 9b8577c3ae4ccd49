import { useMemo } from "react";
import { useTopics } from "../../topics/api/get-topics";
import { useAnalyticsTranslation } from "./analytics-i18n";

/**
 * A topic's (and section's) name in the reader's language, from the topics the customers choose
 * from; a retired topic no longer listed shows its id.
 */
export function useTopicName(): (topicId: string, sectionId?: string | null) => string {
  const { locale } = useAnalyticsTranslation();
  const topics = useTopics(locale).data?.topics;
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const topic of topics ?? []) {
      names.set(topic.id, topic.name);
      for (const section of topic.sections) names.set(`${topic.id}/${section.id}`, section.name);
    }
    return (topicId, sectionId) => {
      const topic = names.get(topicId) ?? topicId;
      return sectionId ? `${topic} / ${names.get(`${topicId}/${sectionId}`) ?? sectionId}` : topic;
    };
  }, [topics]);
}
