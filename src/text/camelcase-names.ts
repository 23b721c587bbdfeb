/**
 * Names written in CamelCase on purpose. A lowercase→uppercase change inside one of these is
 * part of the name, not two labels glued together by a bad text extraction (see deglue.ts).
 * Matching is case-sensitive and works inside longer glued tokens ("NewsYouTube").
 */
export const CAMELCASE_NAMES: readonly string[] = [
  // technology and media
  'YouTube', 'PayPal', 'LinkedIn', 'WhatsApp', 'TikTok', 'GitHub', 'GitLab', 'JavaScript', 'TypeScript',
  'PlayStation', 'SpaceX', 'OpenAI', 'ChatGPT', 'DeepMind', 'DeepSeek', 'FaceTime', 'AirPods', 'AirPod',
  'AirDrop', 'AirTag', 'MacBook', 'iPhone', 'iPad', 'iPod', 'iTunes', 'iCloud', 'iMac', 'eBay', 'eBook',
  'PowerPoint', 'OneDrive', 'SharePoint', 'WordPress', 'SoundCloud', 'DropBox', 'SnapChat', 'BlackBerry',
  'PlayStation', 'GoPro', 'DoorDash', 'GrubHub', 'WeChat', 'WeWork', 'SoftBank', 'HarperCollins', 'DreamWorks',
  'SmackDown', 'NetEase', 'HuffPost', 'BuzzFeed', 'TechCrunch', 'CoinDesk', 'CoinBase', 'Coinbase', 'BitTorrent',
  'StarCraft', 'WarCraft', 'PlayStation', 'XBox', 'HBOMax', 'DirecTV', 'CinemaScope', 'TripAdvisor', 'AirBnb',
  'LastPass', 'OnePlus', 'ThinkPad', 'IntelliJ', 'PostgreSQL', 'MySQL', 'MongoDB', 'NoSQL', 'DevOps', 'FinTech',
  'MasterCard', 'MasterChef', 'StubHub', 'SiriusXM', 'NordVPN', 'ProPublica', 'PolitiFact', 'FactCheck',
  'MoneyWatch', 'MarketWatch', 'NerdWallet', 'CareerBuilder', 'ZipRecruiter', 'SurveyMonkey', 'HubSpot',
  'SalesForce', 'ServiceNow', 'CrowdStrike', 'SolarWinds', 'FireEye', 'DuckDuckGo', 'StreetEasy', 'OpenTable',
  'GoFundMe', 'KickStarter', 'IndieGoGo', 'SeaWorld', 'SportsCenter', 'ESPNews', 'SkySports', 'BrewDog',
  // companies and brands
  'BlackRock', 'FedEx', 'ExxonMobil', 'AstraZeneca', 'GlaxoSmithKline', 'BioNTech', 'PricewaterhouseCoopers',
  'JetBlue', 'AirAsia', 'EasyJet', 'RyanAir', 'PepsiCo', 'ConocoPhillips', 'ArcelorMittal', 'BlackStone',
  'JPMorgan', 'MoneyGram', 'WestJet', 'VodafoneZiggo', 'AstraZeneca', 'SmithKline', 'FirstEnergy', 'NextEra',
  'ChemChina', 'PetroChina', 'SinoPec', 'CanSino', 'LaLiga', 'LaGuardia', 'NatWest', 'EuroMillions', 'EuroStar',
  'AstroTurf', 'BlueHost', 'LegoLand', 'DisneyLand', 'StarBucks', 'WalMart', 'KitKat', 'CrossFit', 'PowerBall',
  // people (particles are handled by deglue.ts; these are the rest)
  'LeBron', 'DeShawn', 'DeAndre', 'DeMarcus', 'DeMar', 'JaVale', 'KiKi', 'RuPaul', 'JoJo', 'JaMarcus',
];
