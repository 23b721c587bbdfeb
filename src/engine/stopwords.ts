/** English function words (closed-class words) used for stopword density and content-word filtering. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost along already also although always am among an and another any
anybody anyone anything anywhere are around as at be became because become been before being below beside
besides between beyond both but by can cannot could did do does doing done down during each either else enough
etc even ever every everyone everything few for from further had has have having he her here hers herself him
himself his how however i if in into is it its itself just least less like many may me might mine more most
much must my myself neither never nevertheless next no nobody none nor not nothing now of off often on once one
only onto or other others otherwise our ours ourselves out over own per perhaps quite rather same several shall
she should since so some somebody someone something sometimes somewhere still such than that the their theirs
them themselves then there therefore these they this those though through throughout thus to together too
toward towards under unless until up upon us very via was we well were what whatever when whenever where
whereas wherever whether which while who whoever whole whom whose why will with within without would yet you
your yours yourself yourselves 's s t don't can't won't isn't aren't wasn't weren't hasn't haven't hadn't
doesn't didn't it's he's she's that's there's they're we're i'm you're i've we've they've let's said says say
also back get got go going made make new old way ways`
    .split(/\s+/)
    .filter(Boolean),
);
