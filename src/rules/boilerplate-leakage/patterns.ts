/**
 * Sentence-level chrome patterns (data): messages a site addresses to its readers, and short
 * navigation commands. Each is tested on one line; all are anchored or bounded (no nested
 * quantifiers), so a long line cannot make them backtrack.
 */

/** Messages from the site: sign-in walls, comment rules, "click here", app prompts. */
export const CHROME_SENTENCES: readonly RegExp[] = [
  /\b(?:you must|you need to|you have to|please) (?:be )?(?:register|registered|log ?in|logged in|sign ?in|signed in|subscribe|a subscriber)\b/i,
  /\bregistered (?:with|on) (?:the|this|our) (?:site|website)\b/i,
  /\bcomments? (?:are|is|will be|may be|must be) (?:moderated|reviewed|closed|pre-moderated|published|displayed|held)\b/i,
  /\bcomments? posted\b/i,
  /\byour comments?\b/i,
  /\b(?:post|add|leave|submit|write|share) (?:a |your |the first )?comments?\b/i,
  /\bthere are (?:currently )?no comments\b/i,
  /\bbe the first to comment\b/i,
  /\bclick(?:ing)? (?:here|below|the (?:link|button))\b/i,
  /\b(?:sign|log) (?:in|up) (?:to|for|with)\b/i,
  /\bsubscribe (?:to|for|now|today)\b/i,
  /\b(?:get|download|install) (?:the|our) (?:free )?(?:[\p{L}]+ )?app\b/iu,
  /\bfollow (?:me|us|him|her|them) (?:on|@)/i,
  /\b(?:enable|turn on) javascript\b|\bjavascript (?:is )?(?:disabled|required)\b/i,
  /\b(?:your|this) browser (?:does not|doesn't|is not|isn't)\b/i,
  /\bwe (?:use|won't publish|will not publish|never share|respect your) (?:cookies|your e-?mail|your privacy)\b/i,
  /\b(?:by (?:using|continuing to use) (?:this|our) (?:site|website))\b/i,
  /\bemail (?:this|the) (?:article|story|page) to\b/i,
  /\bstory continues below\b|\barticle continues (?:below|after)\b|\bcontinue reading (?:below|the main story)\b/i,
  /\bhow would you rate\b|\brate this (?:article|story)\b/i,
  /\breport (?:this|an) (?:comment|error|typo)\b/i,
  /\b(?:your|recipients?'?s?) e-?mail address(?:es)?\b(?![^.]{0,40}\b(?:said|says|told)\b)/i,
  /\byour e-?mail(?: address)? (?:will|is) (?:not|never) (?:be )?(?:published|displayed|shared|shown)\b/i,
];

/** Short imperative navigation: "Go to NAME", "Back to top", "Add to NAME", "Previous: HEADLINE". */
export const NAV_COMMANDS: readonly RegExp[] = [
  /^(?:go|back|return|skip|jump|click) to\b/i,
  /^(?:add|post|save|submit|send|bookmark|share|pin|email|e-mail) (?:this |it )?(?:to|on|with|via) [\p{L}\p{N}.]+(?: [\p{L}\p{N}.]+)?$/iu,
  /^(?:previous|prev|next|older|newer)(?: (?:post|story|article|page|entry|piece))?\s*[:»›>]/i,
  /^read (?:more|all|the full|full)\b/i,
  /^(?:see|view|show) (?:all|more)\b/i,
];
