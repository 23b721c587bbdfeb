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
  // comment moderation and comment-form help
  /\b(?:this|the|our) (?:conversation|discussion|comment section|comment thread|thread|forum|blog) is (?:semi-|pre-|post-|un)?moderated\b/i,
  /\bwhat is moderation\b|\bcomment (?:policy|guidelines|rules)\b/i,
  /\b(?:formatting options|allowed html tags|html tags allowed|lines and paragraphs break automatically)\b/i,
  /\b(?:web page|website) addresses and e-?mail addresses turn into links\b/i,
  // privacy assurances of e-mail forms
  /\bfor the (?:sole |only )?purpose of sending (?:this|the|your)\b/i,
  /\b(?:do|does|will) not (?:share|sell|rent|disclose|pass on) your (?:personal )?(?:information|e-?mail|address|details|data)\b/i,
];

/**
 * Chrome only on a short line (at most SHORT_SENTENCE_WORDS words), where a call to the reader
 * cannot be part of a quoted sentence: return invitations, patronage appeals, print-copy
 * promotion, sign-up calls and the publisher's own blurb.
 */
export const SHORT_CHROME_SENTENCES: readonly RegExp[] = [
  /\b(?:come|visit|see|call on) us again\b|\bplease (?:come|visit|call) (?:again|back)\b|\bcome back (?:soon|again|tomorrow)\b/i,
  /\bthanks? (?:you )?for (?:visiting|stopping by|reading|your visit)\b/i,
  /\bplease support (?:our |these |the |your )?(?:local )?(?:advertisers|sponsors|businesses|business|merchants|retailers)\b|\bsupport our (?:advertisers|sponsors)\b/i,
  /\bpick up (?:a|your|the|today's) (?:print |printed |paper |free )?(?:copy|newspaper|paper|issue|edition)\b/i,
  /\b(?:store|stores|newsstand|newsstands|newsagent|newsagents|retailer|retailers|stockist|stockists|outlet|outlets) near you\b/i,
  /^(?:a|an) (?:[a-z]+ )?(?:publication|division|subsidiary|property|member|product|service) (?:of|by|from) /i,
  /\bour (?:online |web |local )?(?:news ?paper|paper|site|website|web site|magazine|online news|news site|publication|newsroom) (?:publishes|brings|offers|covers|provides|features|delivers|is updated)\b/i,
  // one rule of a list of comment rules ("* Comments unrelated to the article.")
  /^[*•·-] (?:(?:no |avoid |posting )?(?:comments?|posts?) (?:that are )?(?:unrelated|not related|off[- ]topic)\b|.{0,60}\b(?:disguise|conceal|hide|misrepresent) (?:your|their|one's) (?:identity|affiliation)\b|(?:no )?(?:personal attacks|abusive or offensive|obscene or offensive)\b)/i,
  /\bjoin (?:today|now|for free|free today|us today)\b|^join (?:our|the) (?:[a-z]+ ){0,3}(?:site|community|network|club|forum|list|program|programme)(?: today| now)?\W*$/i,
];

export const SHORT_SENTENCE_WORDS = 16;

/** Short imperative navigation: "Go to NAME", "Back to top", "Add to NAME", "Previous: HEADLINE". */
export const NAV_COMMANDS: readonly RegExp[] = [
  /^(?:go|back|return|skip|jump|click) to\b/i,
  /^(?:add|post|save|submit|send|bookmark|share|pin|email|e-mail) (?:this |it )?(?:to|on|with|via) [\p{L}\p{N}.]+(?: [\p{L}\p{N}.]+)?$/iu,
  /^(?:previous|prev|next|older|newer)(?: (?:post|story|article|page|entry|piece))?\s*[:»›>]/i,
  /^read (?:more|all|the full|full)\b/i,
  /^(?:see|view|show) (?:all|more)\b/i,
];
