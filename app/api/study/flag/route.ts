import { FlagInputSchema } from "@/lib/flags/flag-rules";
import { authorized } from "@/lib/server/action";
import { flagItem } from "@/lib/server/item-flags";
import { jsonMutation } from "@/lib/server/json-route";

const flag = authorized("item:flag", FlagInputSchema, (input, user) => flagItem(user.id, input, new Date()));

export const POST = jsonMutation(flag);
