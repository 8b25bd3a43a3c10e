import type { Rng } from "./context";

export const FIRST = ["ava", "liam", "mia", "noah", "zoe", "leo", "ivy", "omar", "sara", "yuki", "lina", "theo", "nina", "ravi", "emma", "jonas", "maya", "aria", "finn", "ines", "kai", "luca", "nora", "sam", "tara", "uma", "vera", "wes", "xena", "yara", "amir", "bea", "cleo", "dev", "elsa", "fred", "gwen", "hugo", "ida", "jade"];
export const LAST = ["smith", "garcia", "kim", "nguyen", "silva", "rossi", "muller", "khan", "jones", "patel", "berg", "lopez", "novak", "sato", "okafor", "dubois", "larsen", "cohen", "ali", "moreau", "ortiz", "wang", "costa", "haddad", "ivanova", "brown", "fischer", "santos", "yilmaz", "lind"];
export const CITIES = ["Stockholm", "Berlin", "Lisbon", "London", "New York", "Toronto", "Austin", "Mexico City", "São Paulo", "Lagos", "Nairobi", "Mumbai", "Singapore", "Tokyo", "Sydney", "Paris", "Madrid", "Amsterdam", "Seoul", "Cape Town"];
export const ZONES = ["Europe/Stockholm", "Europe/Berlin", "Europe/Lisbon", "Europe/London", "America/New_York", "America/Toronto", "America/Chicago", "America/Mexico_City", "America/Sao_Paulo", "Africa/Lagos", "Africa/Nairobi", "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney", "Europe/Paris", "Europe/Madrid", "Europe/Amsterdam", "Asia/Seoul", "Africa/Johannesburg"];
export const LANGS = ["English", "Spanish", "Portuguese", "French", "German", "Swedish", "Japanese", "Hindi", "Arabic", "Korean"];
export const ROLES = ["photographer", "videographer", "creator", "storyteller", "filmmaker", "writer", "host", "designer", "editor", "illustrator"];
export const TOPICS = ["travel", "food", "fitness", "fashion", "beauty", "tech", "gaming", "music", "outdoor", "family", "wellness", "design", "coffee", "cycling", "cooking", "skincare", "sneakers", "books", "pets", "interiors"];
export const ADJ = ["honest", "bright", "calm", "playful", "bold", "cinematic", "minimal", "warm", "natural", "vivid", "thoughtful", "punchy"];
const SENTENCES = [
  "I create {adj} content about {topic} for brands that care about their audience.",
  "My {topic} content reaches an engaged community across several platforms.",
  "I have worked with independent labels and global brands on {topic} campaigns.",
  "Every shoot starts with a clear brief and ends with content delivered on time.",
  "I love {adj} storytelling, natural light and real people.",
  "Based in {city}, available for travel and remote collaborations.",
  "I specialise in short-form video, product photography and {topic} reviews.",
  "Clients value my {adj} style and fast turnaround.",
  "I write, shoot and edit everything myself, so the content stays consistent.",
  "Ask me about bundles for recurring {topic} content.",
];

export function fill(rng: Rng, template: string) {
  return template
    .replace(/\{adj\}/g, () => rng.pick(ADJ))
    .replace(/\{topic\}/g, () => rng.pick(TOPICS))
    .replace(/\{city\}/g, () => rng.pick(CITIES))
    .replace(/\{role\}/g, () => rng.pick(ROLES));
}

/** A paragraph of n sentences; every bio mentions "content" at least once (the common-word search). */
export function paragraph(rng: Rng, n: number) {
  const out = [fill(rng, SENTENCES[rng.int(0, 1)]!)];
  for (let i = 1; i < n; i++) out.push(fill(rng, rng.pick(SENTENCES)));
  return out.join(" ");
}

export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const REVIEW_LINES = [
  "Delivered exactly what we briefed, on time and with great energy.",
  "Great communication from start to finish, the content performed really well.",
  "The photos were stunning and our audience loved them.",
  "Professional, creative and easy to work with. Would book again.",
  "A few revisions were needed but the final result was worth it.",
  "Turnaround was quick and the quality was excellent.",
  "Not quite what we expected, but they handled feedback well.",
  "Our campaign got twice the engagement we planned for.",
];

export function reviewBody(rng: Rng) {
  const n = rng.int(1, 3);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(rng.pick(REVIEW_LINES));
  return parts.join(" ");
}

export const COMPANY_A = ["North", "Blue", "Bright", "Green", "Urban", "Wild", "Silver", "Golden", "Little", "Happy", "Bold", "Clear"];
export const COMPANY_B = ["Coffee", "Outdoors", "Labs", "Studio", "Foods", "Apparel", "Cosmetics", "Games", "Travel", "Fitness", "Audio", "Goods"];
export const INDUSTRIES = ["Food & drink", "Fashion", "Beauty", "Technology", "Travel", "Fitness", "Gaming", "Home", "Finance", "Education"];
