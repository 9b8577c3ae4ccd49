import { profileMarkdown, summarizeProfile } from "./profile";
console.log(profileMarkdown(summarizeProfile(process.argv[2]!)));
