/**
 * Vocabulary of site chrome. Data only: the mechanism lives in index.ts and detect.ts.
 * Every entry is lower case; multi-word entries are matched on word tokens
 * (letters and digits, apostrophes kept, everything else a separator).
 */

/** Words and phrases that are chrome on their own (share/print/subscribe/ads/comments…). */
export const CHROME_PHRASES: readonly string[] = [
  // sharing and utilities
  'share', 'shares', 'share this', 'share this article', 'share this story', 'share on', 'share via',
  'sharing is caring', 'tweet', 'tweet this', 'pin it', 'email', 'e mail', 'e-mail', 'email this', 'e-mail this',
  'email article', 'email story', 'e-mail story', 'email to a friend', 'email this article to a friend',
  'e-mail this article', 'e-mail this story', 'email this story', 'send to a friend', 'send this story',
  'print', 'print this', 'print article', 'print this article', 'print story', 'print this story',
  'print this page', 'printer friendly', 'printer-friendly version', 'print version', 'text version',
  'save', 'save article', 'save this', 'bookmark', 'bookmark with', 'bookmark this', 'permalink', 'copy link',
  'reprints', 'reprint', 'license this article', 'single page', 'text size', 'font size', 'font scale',
  'choose text size', 'larger text', 'smaller text', 'larger', 'smaller', 'enlarge', 'view larger image',
  'view gallery', 'view slideshow', 'view all', 'see all', 'show more', 'load more', 'back to top',
  'return to top', 'top of page', 'skip to content', 'skip to main content', 'skip navigation',
  'jump to', 'menu', 'close', 'search', 'go', 'submit', 'rss', 'rss feed', 'rss feeds', 'feeds', 'podcasts',
  'whats this', "what's this", 'what are these', 'toolbar', 'story tools', 'article tools', 'tools',
  'report typo', 'report an error', 'report this', 'feedback', 'send feedback', 'send your feedback',
  'submit feedback', 'contact us', 'about us', 'advertise', 'advertise with us', 'site map', 'sitemap',
  'help', 'faq', 'faqs', 'careers', 'jobs at', 'alerts', 'news alerts', 'email alerts', 'desktop alerts',
  'mobile alerts', 'text alerts', 'widgets', 'delivery formats', 'mobile', 'mobile site', 'desktop site',
  // accounts and subscriptions
  'subscribe', 'subscribe now', 'subscribe today', 'subscribe to', 'unsubscribe', 'subscription',
  'subscriptions', 'subscriber', 'subscribers only', 'sign in', 'sign out', 'sign up', 'signup', 'log in',
  'log out', 'login', 'logout', 'register', 'register now', 'register for free', 'registration',
  'my account', 'account', 'username', 'user name', 'password', 'forgot password', 'forgot your password',
  'remember me', 'newsletter', 'newsletters', 'free newsletters', 'email newsletters', 'get the app',
  'download the app', 'download our app', 'get our app', 'app store', 'google play', 'home delivery',
  'e-paper', 'epaper', 'digital edition', 'print edition', 'customer service', 'manage preferences',
  'preferences', 'settings',
  // advertising
  'advertisement', 'advertisements', 'advertising', 'ad', 'ads', 'sponsored', 'sponsored links',
  'sponsored content', 'paid content', 'promoted', 'promoted stories', 'ad feedback', 'ad choices',
  'adchoices', 'your ad choices', 'story continues below', 'story continues below advertisement',
  'article continues below', 'continue reading', 'continue reading below', 'continue reading the main story',
  'continued', 'next page', 'previous page', 'next', 'previous', 'prev', 'older', 'newer',
  'previous post', 'next post', 'next article', 'previous article', 'next story', 'previous story',
  // comments
  'comments', 'comment', 'add comment', 'add comments', 'add a comment', 'add your comment', 'post comment',
  'post comments', 'post a comment', 'leave a comment', 'leave a reply', 'reply', 'view comments',
  'read comments', 'show comments', 'hide comments', 'no comments', 'report this comment', 'report abuse',
  'have your say', 'join the conversation', 'join the discussion', 'discuss', 'reader comments',
  'comments closed', 'comments are closed', 'top rated comments', 'top comments', 'latest comments',
  'most recent comments', 'newest comments', 'oldest comments', 'show all comments', 'view all comments', 'like', 'rate this', 'rate this article', 'rate this story',
  // networks
  'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'pinterest', 'reddit', 'digg', 'digg this', 'delicious',
  'del icio us', 'stumbleupon', 'newsvine', 'flipboard', 'pocket', 'tumblr', 'instagram', 'youtube',
  'snapchat', 'telegram', 'messenger', 'google', 'google plus', 'yahoo', 'myweb', 'yahoomyweb', 'technorati',
  'furl', 'slashdot', 'fark', 'propeller', 'mixx', 'buzz', 'sphere', 'blog this', 'post to', 'add to',
  'submit this article', 'submit this story', 'tiktok', 'threads', 'mastodon', 'bluesky', 'wechat', 'sms',
  // sponsorship and page furniture
  'hosted by', 'powered by', 'sponsored by', 'presented by', 'brought to you by', 'in association with',
  'in partnership with', 'advanced search', 'search the web', 'search this site', 'site search', 'text',
  'about the author', 'about this author', 'author bio', 'bio', 'recent columns', 'more by this author',
  'join today', 'join now', 'free trial', 'top of page', 'main menu', 'mainmenu', 'go to mainmenu',
];

/** Network names, for "Follow NAME on NETWORK" and share bars. */
export const NETWORKS: readonly string[] = [
  'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'pinterest', 'reddit', 'digg', 'delicious', 'stumbleupon',
  'newsvine', 'flipboard', 'pocket', 'tumblr', 'instagram', 'youtube', 'snapchat', 'telegram', 'rss', 'tiktok',
  'threads', 'mastodon', 'bluesky', 'google', 'email', 'e-mail',
];

/** Section and navigation labels: chrome when they stand alone at the edges of the story. */
export const NAV_WORDS: readonly string[] = [
  'home', 'homepage', 'home page', 'front page', 'news', 'latest', 'latest news', 'top stories', 'breaking',
  'world', 'local', 'local news', 'national', 'nation', 'regional', 'international', 'us', 'uk', 'europe',
  'asia', 'africa', 'americas', 'middle east', 'business', 'money', 'markets', 'economy', 'finance',
  'personal finance', 'investing', 'companies', 'industry', 'technology', 'tech', 'science', 'health',
  'education', 'environment', 'climate', 'politics', 'elections', 'opinion', 'opinions', 'editorials',
  'columns', 'columnists', 'blogs', 'blog', 'letters', 'sport', 'sports', 'football', 'soccer', 'cricket',
  'rugby', 'tennis', 'golf', 'basketball', 'baseball', 'hockey', 'motorsport', 'scores', 'live scores',
  'results', 'fixtures', 'entertainment', 'showbiz', 'celebrity', 'celebs', 'movies', 'film', 'films',
  'tv', 'television', 'radio', 'music', 'arts', 'art', 'culture', 'books', 'theatre', 'theater', 'media',
  'lifestyle', 'living', 'life', 'style', 'fashion', 'beauty', 'food', 'food and drink', 'travel', 'weather',
  'traffic', 'motoring', 'motors', 'cars', 'autos', 'property', 'real estate', 'homes', 'jobs', 'careers',
  'classifieds', 'dating', 'obituaries', 'obits', 'announcements', 'shop', 'shopping', 'deals', 'offers',
  'video', 'videos', 'photos', 'pictures', 'galleries', 'gallery', 'multimedia', 'podcast', 'podcasts',
  'features', 'magazine', 'archive', 'archives', 'events', 'calendar', 'games', 'puzzles', 'crosswords',
  'horoscopes', 'lottery', 'more', 'sections', 'topics', 'tags', 'channels', 'index', 'directory', 'resources',
  'services', 'about', 'contact', 'contact us', 'about us', 'search', 'menu', 'main menu', 'navigation',
  'trending', 'popular', 'most popular', 'most read', 'editor\'s picks', 'special reports', 'in depth',
  'interactive', 'live', 'watch', 'listen', 'explore', 'community', 'forums', 'forum', 'marketplace',
  'subscribe', 'newsletters', 'alerts', 'mobile', 'apps', 'science and technology', 'arts and entertainment',
  'main', 'section', 'sections',
  // more desks and sub-sections
  'world news', 'us news', 'uk news', 'national news', 'regional news', 'metro', 'city', 'state', 'region',
  'crime', 'courts', 'law', 'religion', 'faith', 'people', 'society', 'royals', 'odd news', 'weird news',
  'offbeat', 'family', 'parenting', 'relationships', 'wellness', 'fitness', 'diet', 'pets', 'gardening',
  'recipes', 'restaurants', 'nightlife', 'outdoors', 'agriculture', 'farming', 'energy', 'transport',
  'aviation', 'defence', 'defense', 'military', 'immigration', 'small business', 'retail', 'startups',
  'gadgets', 'software', 'hardware', 'internet', 'security', 'gaming', 'reviews', 'comics', 'cartoons',
  'photography', 'design', 'architecture', 'auto', 'motor racing', 'formula one', 'athletics', 'boxing',
  'cycling', 'swimming', 'triathlon', 'snooker', 'darts', 'horse racing', 'racing', 'sailing', 'skiing',
  'winter sports', 'olympics', 'olympic sports', 'rugby union', 'rugby league', 'college sports',
  'high school sports', 'prep sports', 'nfl', 'nba', 'mlb', 'nhl', 'mls', 'wnba', 'nascar', 'mma', 'wrestling',
  'volleyball', 'lacrosse', 'softball', 'other sports', 'more sports',
];

/** Labels that open a teaser list ("More like this", "Related stories", "Most read"…). */
export const TRIGGER_LABELS: readonly string[] = [
  'more', 'more like this', 'more from', 'more on this', 'more on this story', 'more stories', 'more news',
  'more articles', 'more headlines', 'more videos', 'related', 'related stories', 'related articles',
  'related links', 'related content', 'related coverage', 'related news', 'related posts', 'related videos',
  'related topics', 'related searches', 'related reading', 'latest related coverage', 'see also', 'also see',
  'read more', 'read next', 'read also', 'also read', 'read this next', 'what to read next',
  'recommended', 'recommended for you', 'recommended stories', 'recommended reading', 'most read',
  'most popular', 'most viewed', 'most shared', 'most emailed', 'most e-mailed', 'most commented',
  'popular stories', 'popular now', 'trending', 'trending now', 'trending stories', 'you may also like',
  'you might also like', 'you may like', 'you might like', 'we recommend', 'also on', 'around the web',
  'from around the web', 'from the web', 'elsewhere on the web', 'other stories', 'other news',
  'top stories', 'top news', 'latest news', 'latest stories', 'latest headlines', 'latest articles',
  'headlines', 'in other news', 'don\'t miss', 'must read', 'editor\'s picks', 'editors picks',
  'in case you missed it', 'further reading', 'popular posts', 'recent posts', 'recent stories',
  'recent articles', 'in this section', 'today on', 'also in', 'more in', 'stories you may like',
  'promoted stories', 'sponsored stories', 'paid content', 'suggested for you', 'previous coverage',
  'earlier coverage', 'useful links', 'external links', 'related internet links',
];

/** Words of comment and login forms ("Your name: *", "Enter the security code"). */
export const FORM_WORDS: readonly string[] = [
  'name', 'your name', 'first name', 'last name', 'email', 'e-mail', 'email address', 'e-mail address',
  'your email', 'your e-mail', 'your email address', 'your e-mail address', 'email id', 'username',
  'user name', 'password', 'subject', 'comment', 'comments', 'message', 'website', 'web site', 'homepage',
  'url', 'your site', 'your website', "your site's url", 'your url', 'site url', 'location', 'title', 'verification code', 'security code',
  'captcha', 'enter verification code', 'enter the security code', 'enter the code', 'required',
  // the same login and comment forms on sites in other languages
  'benutzername', 'benutzer', 'passwort', 'kennwort', 'e-mail-adresse', 'nom d\'utilisateur', 'identifiant',
  'mot de passe', 'courriel', 'usuario', 'nombre de usuario', 'contraseña', 'correo electrónico', 'nome utente',
  'utente', 'senha', 'gebruikersnaam', 'wachtwoord', 'användarnamn', 'lösenord', 'brugernavn', 'adgangskode',
];

/**
 * Names of a site's service pages. A short label ending in one ("City Desk FAQs",
 * "Tribune online store", "Editor's bio") is a link to that page.
 */
export const UTILITY_PAGES: readonly string[] = [
  'faq', 'faqs', 'media kit', 'press kit', 'rate card', 'advertising rates', 'online store', 'online shop',
  'web store', 'gift shop', 'bio', 'rss', 'rss feed', 'rss feeds', 'newsletter', 'newsletters', 'e-edition',
  'e edition', 'e-paper', 'epaper', 'digital edition', 'site map', 'sitemap', 'classifieds', 'subscriptions',
  'subscriber services', 'reader services', 'customer service', 'contact details', 'homepage', 'home page',
  'photo store', 'photo sales', 'buy photos', 'back issues', 'submit news', 'submit a story', 'send us news',
  'news tips',
];

/**
 * CamelCase words that are names, not glue: a lowercase→uppercase transition inside them does
 * not signal two labels run together.
 */
export const CAMEL_CASE_NAMES: readonly string[] = [
  'youtube', 'paypal', 'linkedin', 'whatsapp', 'tiktok', 'github', 'gitlab', 'javascript', 'typescript',
  'playstation', 'blackrock', 'blackberry', 'spacex', 'openai', 'fedex', 'softbank', 'wework', 'iphone',
  'ipad', 'ipod', 'imac', 'macbook', 'ebay', 'icloud', 'itunes', 'powerpoint', 'sharepoint', 'onedrive',
  'deepmind', 'facetime', 'airpods', 'airbnb', 'doordash', 'coinbase', 'mastercard', 'salesforce',
  'smartphone', 'wifi', 'bitcoin', 'pricewaterhousecoopers', 'glaxosmithkline', 'exxonmobil',
  'jpmorgan', 'morningstar', 'nasdaq', 'myspace', 'newsvine', 'stumbleupon', 'techcrunch', 'wordpress',
  'dreamworks', 'lucasfilm', 'hbomax', 'espn', 'cnbc', 'mcdonald', 'mcdonalds', 'easyjet', 'ryanair',
  'bluetooth', 'homekit', 'healthkit', 'chatgpt', 'biontech', 'astrazeneca', 'lockheed', 'autocad',
  'photoshop', 'instagram', 'snapchat', 'pinterest', 'flipboard', 'facebook', 'dropbox', 'netflix',
  'postgresql', 'mysql', 'nodejs', 'macos', 'ios', 'ipados', 'tvos', 'watchos', 'xbox', 'gamecube',
  'eurovision', 'eurostat', 'interpol', 'unicef', 'unesco', 'redbull', 'smartwatch', 'firefox', 'sunpower',
  'solarcity', 'lyft', 'uber', 'waymo', 'zoominfo', 'hubspot', 'mailchimp', 'duckduckgo', 'wikileaks',
];

/** Words that, after glue, most often start a section label. */
export const GLUE_SECTION_WORDS: readonly string[] = [
  'home', 'news', 'world', 'business', 'sport', 'sports', 'opinion', 'video', 'live', 'politics', 'tech',
  'technology', 'science', 'health', 'entertainment', 'lifestyle', 'travel', 'culture', 'local', 'national',
  'markets', 'economy', 'more', 'latest', 'reaction', 'analysis', 'features',
];
