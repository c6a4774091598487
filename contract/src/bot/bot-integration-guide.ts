/** The bot API's `info.description`: how to authenticate, and which events a bot sends and when. */
export const BOT_INTEGRATION_GUIDE = `Retrieval and guidance paths for chat and phone bots. Authenticate with an API token that has the \
bot permissions (Settings → API Tokens → custom: the actions of \`bot\`); such a token can call \
nothing else. Requests are rate-limited per token (429 with Retry-After). Every ask is recorded with \
personal data (identity codes, phone numbers, emails, IBANs) redacted. Bad input is a 400 whose \
\`error.details.errors[0].path\` names the field (e.g. \`["events", 3, "timestamp"]\`); 503 with \
Retry-After while search or the database is unavailable.

## A conversation, step by step

1. **Resident opens the chat** → send \`conversation_started\`.
2. **Resident types a question** → \`POST /bot/ask\` with the session id and channel. The response \
carries an \`askId\`; the server has recorded the ask and, when \`answered\`, the answer as shown — \
do **not** send \`answer_shown\` for it (one with the same \`askId\` is accepted and not counted \
twice). Count messages with \`message\` events (\`role: user\` / \`bot\`); their text is never sent.
3. **The answer is an answer** (\`kind: answer\`) → show \`body\` and \`partners\`. \`audienceMatch: \
false\` means the best match is written for another audience (\`audience\`): say so. When the \
resident opens a partner link → \`partner_link_clicked\`.
4. **\`urgent: true\`** → a safety trigger matched: show the answer at once and offer its \
\`handoff\` channel; when the resident takes it → \`handoff_requested\` with \`urgency: emergency\` \
or \`urgent\`.
5. **The answer is a guidance path** (\`kind: path\`) → \`GET /bot/paths/{slug}\` for the whole \
graph, then \`path_started\`. For every choice → \`path_step\` with the step's \`key\` as \
\`stepKey\` and the option's \`key\` as \`option\`. An option whose target is \`answer\` carries the \
answer's body, partners, handoff and urgency: show it and send \`answer_shown\` (without askId — it \
did not come from an ask). When the resident reaches an answer, partner, handoff or end target → \
\`path_completed\` with the last \`stepKey\`; when they leave earlier (new question, timeout, closed \
chat) → \`path_abandoned\` with the step they left at.
6. **Thumbs up or down** → \`feedback\` with the \`askId\` of the ask it is about (no slug needed; \
the server knows what it answered). Without an askId give exactly one of \`answerSlug\` or \
\`pathSlug\`. A free-text \`comment\` is redacted before it is stored.
7. **Resident wants a person** → \`handoff_requested\` (\`handoffChannel\`, \`reason\` such as \
\`no_answer\` or \`user_request\`, \`urgency\`).
8. **Chat closed or timed out** → \`conversation_ended\`, once per session.

Events can be sent as they happen or in batches of up to 500 (\`POST /bot/events\`); each needs a \
client-made unique \`id\`, so a batch can be retried safely. The example \`conversation\` of \`POST \
/bot/events\` is the whole conversation above: ask (askId \`9b2f…\`) → feedback with that askId → \
ask answered with a path (askId \`4e7a…\`) → path_started → two path_step events with option keys → \
answer_shown of the answer target → path_completed → feedback with the path's askId → \
conversation_ended.

An answer a bot already knows by slug (e.g. from a path) can be read with \`GET \
/bot/answers/{slug}\`.`;
