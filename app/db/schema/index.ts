export * from "./accounts";
export * from "./portfolio";
export * from "./inquiries";
export * from "./brands";
export * from "./gigs";
export * from "./deals";
