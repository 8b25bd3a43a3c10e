/** Demo content for a fresh install. Real-sounding, fictional people. */
export const demoCreators = [
  {
    name: "Maya Lindqvist",
    slug: "maya",
    email: "maya@demo.gigfolio.local",
    categories: ["photography", "travel"],
    headline: "Travel & outdoor photographer based in Stockholm",
    bio: "I photograph quiet places and the people who look after them. Eight years of commissions for outdoor brands, tourism boards and small hotels across the Nordics.\n\nI shoot on location with a small kit, deliver edited sets within ten days, and love a brief that leaves room to explore.",
  },
  {
    name: "Jonah Okafor",
    slug: "jonah-okafor",
    email: "jonah@demo.gigfolio.local",
    categories: ["fitness", "sports"],
    headline: "Strength coach, 240k on TikTok",
    bio: "Former collegiate sprinter turned strength coach. I make short, honest training videos for people who lift before work.\n\nI partner with equipment and nutrition brands I actually use — ask for my media kit.",
  },
  {
    name: "Priya Raman",
    slug: "priya-cooks",
    email: "priya@demo.gigfolio.local",
    categories: ["food", "lifestyle"],
    headline: "Weeknight recipes from a South Indian kitchen",
    bio: "Recipe developer and food stylist. My YouTube channel teaches thirty-minute dinners with big flavour.\n\nAvailable for recipe development, sponsored videos and cookbook photography.",
  },
  {
    name: "Lucas Moreau",
    slug: "lucas-moreau",
    email: "lucas@demo.gigfolio.local",
    categories: ["fashion", "photography"],
    headline: "Menswear stylist and editorial photographer, Paris",
    bio: "I style and shoot menswear lookbooks for independent labels. Natural light, real streets, clothes that move.\n\nRecent work for three Paris ateliers and a Japanese denim brand.",
  },
  {
    name: "Aisha Bello",
    slug: "aisha-bello",
    email: "aisha@demo.gigfolio.local",
    categories: ["beauty", "lifestyle"],
    headline: "Skincare educator for melanin-rich skin",
    bio: "Licensed esthetician making science-first skincare content. I test every product for at least four weeks before I talk about it.\n\nLong-form reviews on YouTube, quick routines on Instagram.",
  },
  {
    name: "Tom Becker",
    slug: "tom-plays",
    email: "tom@demo.gigfolio.local",
    categories: ["gaming", "technology"],
    headline: "Strategy game streamer on Twitch",
    bio: "Four nights a week I stream grand strategy and city builders to a friendly, nerdy community.\n\nI do sponsored streams, honest first impressions and hardware reviews.",
  },
  {
    name: "Sofia Alvarez",
    slug: "sofia-beats",
    email: "sofia@demo.gigfolio.local",
    categories: ["music"],
    headline: "Producer and session keys player, Madrid",
    bio: "I produce Latin pop and write custom music for ads and podcasts. Fast turnaround, stems included, licensing made simple.",
  },
  {
    name: "Ben Carter",
    slug: "ben-builds",
    email: "ben@demo.gigfolio.local",
    categories: ["technology", "education"],
    headline: "Explains electronics to beginners",
    bio: "Hardware tinkerer with a soldering iron and a camera. My tutorials have taught half a million people to build their first circuit.\n\nOpen to product reviews and educational series.",
  },
  {
    name: "Hana Sato",
    slug: "hana-sato",
    email: "hana@demo.gigfolio.local",
    categories: ["travel", "food"],
    headline: "Slow travel in Japan, one town at a time",
    bio: "I write and film about Japan beyond the big cities: family inns, night markets, local trains.\n\nWorked with regional tourism boards and two rail passes.",
  },
  {
    name: "Omar Haddad",
    slug: "omar-laughs",
    email: "omar@demo.gigfolio.local",
    categories: ["comedy"],
    headline: "Sketch comedian, 1.1M across platforms",
    bio: "Short sketches about office life and family group chats. Brands that can laugh at themselves get the best ads.",
  },
  {
    name: "Grace Kim",
    slug: "grace-parents",
    email: "grace@demo.gigfolio.local",
    categories: ["parenting", "lifestyle"],
    headline: "Real-life parenting with three under six",
    bio: "No perfect nurseries here. I share what actually works with toddlers, from sleep to snacks, with a community of tired, funny parents.",
  },
  {
    name: "Daniel Osei",
    slug: "daniel-osei",
    email: "daniel@demo.gigfolio.local",
    categories: ["business", "education"],
    headline: "Personal finance for first-job earners",
    bio: "Chartered accountant making budgeting less boring. Weekly explainers on LinkedIn and YouTube about salaries, taxes and first investments.",
  },
] as const;

export const demoBrands = [
  { name: "Northwind Outdoor", email: "brand@demo.gigfolio.local" },
  { name: "Lumen Skincare", email: "lumen@demo.gigfolio.local" },
  { name: "Pixel Forge Games", email: "pixelforge@demo.gigfolio.local" },
] as const;

export const demoInquiries = [
  {
    to: "maya",
    name: "Erik Nilsson",
    email: "erik@northwind.example",
    message:
      "Hi Maya, we are planning our spring catalogue shoot in Lapland in March. Would you be available for five days? We can cover travel.",
    budget: 6500,
  },
  {
    to: "maya",
    name: "Lena Berg",
    email: "lena@fjordhotel.example",
    message:
      "We loved your work for the island hotels. Could you photograph our renovated rooms in April?",
    budget: 2400,
  },
  {
    to: "jonah-okafor",
    name: "Chris Patel",
    email: "chris@ironfuel.example",
    message:
      "We make a protein bar for early lifters. Interested in a three-video series next month?",
    budget: 3000,
  },
  {
    to: "priya-cooks",
    name: "Anna Weiss",
    email: "anna@spicebox.example",
    message:
      "Hello Priya! We are launching a spice subscription and would love two recipes using our blends.",
    budget: 1800,
  },
  {
    to: "tom-plays",
    name: "Ravi Mehta",
    email: "ravi@pixelforge.example",
    message:
      "Our new city builder leaves early access in June. Would you stream it on launch week?",
  },
] as const;
