export * from "./accounts";
export * from "./portfolio";
export * from "./inquiries";
