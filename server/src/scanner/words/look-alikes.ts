// Letters of other scripts that pass for a Latin letter or a digit, one entry per Latin letter or digit:
// the character it passes for, then its look-alikes. From Unicode's confusables (UTS #39, letters that NFKC
// leaves alone and that look like one ASCII letter or digit), with a few lower-case Cyrillic and Greek
// letters that spam uses and that list leaves out (к, м, п, т, κ, η, τ, χ, ω).
import { wordList } from './list';

export const LOOK_ALIKES = wordList(`
  aɑαа
  bƄЬᏏᑲᖯ
  cᴄⲥсꮯ𐐽
  dԁᏧᑯꓒ
  eꬲеҽ
  fꬵꞙẝք
  gɡᶃƍց
  hһհᏂ
  iıɪɩιіꙇӏꭵᎥ𑣃
  jϳј
  kкκ
  lǀוןاߊⵏᛁꓲ𖼨𐊊𐌉
  mм
  nոռпη
  oᴏᴑꬽοσⲟоჿօסهھہەഠဝ𐓪𑣈𑣗𐐬
  pρⲣр
  qԛգզ
  rꭇꭈᴦⲅгꮁ
  sꜱƽѕꮪ𑣁𐑈
  tтτ
  uꞟᴜꭎꭒʋυս𐓶𑣘
  vᴠνѵט𑜆ꮩ𑣀
  wɯᴡѡԝա𑜊𑜎𑜏ꮃω
  xхᕁᕽχ
  yɣᶌʏỿꭚγуүყ𑣜
  zᴢꮓ𑣄
  AΑАᎪᗅꓮ𖽀𐊠
  BꞴΒВᏴᗷꓐ𐊂𐊡𐌁
  CⲤСᏟꓚ𐊢𐌂𐐕𐔜
  DᎠᗞᗪꓓ
  EΕЕⴹᎬꓰ𑢦𑢮𐊆
  FꞘϜᖴꓝ𑣂𑢢𐊇𐊥𐔥
  GԌᏀᏳꓖ
  HΗⲎНᎻᕼꓧ𐋏
  IƖΙⲒІӀ
  JꞲͿЈᎫᒍꓙ
  KΚⲔКᏦᛕꓗ𐔘
  LⳐᏞᒪꓡ𖼖𑢣𑢲𐐛𐔦
  MΜϺⲘМᎷᗰᛖꓟ𐊰𐌑
  NΝⲚꓠ𐔓
  OΟⲞОՕⵔዐଠ𐓂ꓳ𑢵𐊒𐊫𐐄𐔖
  PΡⲢРᏢᑭꓑ𐊕
  Qⵕ
  RƦᎡᏒ𐒴ᖇꓣ𖼵
  SЅՏᏕᏚꓢ𖼺𐊖𐐠
  TΤⲦТᎢꓔ𖼊𑢼𐊗𐊱𐌕
  UՍሀ𐓎ᑌꓴ𖽂𑢸
  VѴⴸᏙᐯꛟꓦ𖼈𑢠𐔝
  WԜᎳᏔꓪ
  XꞳΧⲬХⵝᚷꓫ𐊐𐊴𐌗𐔧
  YΥⲨУҮᎩᎽꓬ𖽃𑢤𐊲
  ZΖᏃꓜ𑢩
  2ꝚƧϨꙄᒿ
  3ꞫȜƷꝪⳌЗӠ𖼻𑣊
  4Ꮞ𑢯
  5Ƽ𑢻
  6ⳒбᏮ𑣕
  7𐓒𑣆
  8ȣȢ𐌚
  9ꝮⳊ𑣌𑢬𑣖
`);
