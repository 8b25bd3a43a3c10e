import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import sharp, { type Metadata } from "sharp";
import { db, immediateTransaction, lazyStatement } from "~/db/client.server";
import { createId } from "~/db/schema/columns";
import { images, type ImageVariant } from "~/db/schema/portfolio-extras";

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const ACCEPTED_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;

export type ImagePurpose = "avatar" | "banner" | "item";

/** Sizes produced for each purpose: [variant, width, height (cover crop) or null (keep aspect)]. */
const VARIANTS: Record<ImagePurpose, [ImageVariant, number, number | null][]> = {
  avatar: [
    ["avatar-96", 96, 96],
    ["avatar-256", 256, 256],
  ],
  banner: [
    ["banner-600", 600, 200],
    ["banner-1200", 1200, 400],
  ],
  item: [
    ["item-400", 400, null],
    ["item-800", 800, null],
  ],
};

export class ImageError extends Error {}

const EXT: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
};

/**
 * Validates type and size, decodes with sharp (so a renamed non-image is refused), strips metadata,
 * and stores WebP variants as blobs. Returns the upload id that profiles and items reference.
 */
export async function processUpload(
  ownerId: string,
  file: File | null | undefined,
  purpose: ImagePurpose,
) {
  if (!file || typeof file === "string" || file.size === 0)
    throw new ImageError("Choose an image to upload");
  if (file.size > MAX_UPLOAD_BYTES)
    throw new ImageError("The image is larger than 5 MB; choose a smaller one");
  if (!(ACCEPTED_TYPES as readonly string[]).includes(file.type))
    throw new ImageError("Use a JPEG, PNG or WebP image");
  const input = Buffer.from(await file.arrayBuffer());
  let meta: Metadata;
  try {
    meta = await sharp(input).metadata();
  } catch {
    throw new ImageError("This file is not a readable image");
  }
  if (!meta.format || !["jpeg", "png", "webp"].includes(meta.format))
    throw new ImageError("Use a JPEG, PNG or WebP image");
  if ((meta.width ?? 0) * (meta.height ?? 0) > 40_000_000)
    throw new ImageError("The image has too many pixels (max 40 megapixels)");
  const uploadId = createId();
  const rows = await Promise.all(
    VARIANTS[purpose].map(async ([variant, width, height]) => {
      const { data, info } = await sharp(input)
        .rotate()
        .resize({
          width,
          height: height ?? undefined,
          fit: height ? "cover" : "inside",
          withoutEnlargement: !height,
        })
        .webp({ quality: 82 })
        .toBuffer({ resolveWithObject: true });
      return {
        uploadId,
        ownerId,
        sha256: createHash("sha256").update(data).digest("hex"),
        mime: "image/webp",
        width: info.width,
        height: info.height,
        variant,
        bytes: data,
      };
    }),
  );
  immediateTransaction(() => {
    for (const row of rows) db.insert(images).values(row).run();
  });
  return uploadId;
}

const variantStmt = lazyStatement(
  `select sha256, mime, width, height from images where upload_id = ? and variant = ?`,
);

/** The content-hashed URL of one variant of an upload, or null. */
export function imageUrl(
  uploadId: string | null | undefined,
  variant: ImageVariant,
): string | null {
  if (!uploadId) return null;
  const row = variantStmt().get(uploadId, variant) as { sha256: string; mime: string } | undefined;
  return row ? `/media/${row.sha256}.${EXT[row.mime] ?? "bin"}` : null;
}

const byHashStmt = lazyStatement(`select mime, bytes from images where sha256 = ? limit 1`);

export function getImageByHash(sha256: string) {
  if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
  return (byHashStmt().get(sha256) as { mime: string; bytes: Buffer } | undefined) ?? null;
}

/** Every place that shows an upload is checked through an index (migration 0010). */
export const RELEASE_UPLOAD_SQL = `delete from images where upload_id = @uploadId
    and not exists (select 1 from portfolio_items where image_id = @uploadId)
    and not exists (select 1 from creator_profiles where avatar_image_id = @uploadId)
    and not exists (select 1 from creator_profiles where banner_image_id = @uploadId)`;
const releaseStmt = lazyStatement(RELEASE_UPLOAD_SQL);

/**
 * Deletes an upload's stored variants once nothing shows it any more (an item's image replaced or
 * removed, an item deleted, an avatar or banner changed). Call it after the write that let go of
 * the upload, in the same transaction. Returns the number of variants deleted.
 */
export function releaseUpload(uploadId: string | null | undefined) {
  if (!uploadId) return 0;
  return releaseStmt().run({ uploadId }).changes;
}

/**
 * Runs the save that was to show a just-stored upload. When the save is refused (`saved` says no, or
 * it throws, e.g. the featured limit), nothing shows the upload, so its variants are deleted again
 * instead of staying in the database for ever.
 */
export function keepUploadOnlyIfSaved<T>(
  uploadId: string | null | undefined,
  save: () => T,
  saved: (result: T) => boolean,
): T {
  let result: T;
  try {
    result = save();
  } catch (error) {
    releaseUpload(uploadId);
    throw error;
  }
  if (!saved(result)) releaseUpload(uploadId);
  return result;
}

export function ownsUpload(ownerId: string, uploadId: string) {
  return !!db
    .select({ id: images.id })
    .from(images)
    .where(and(eq(images.uploadId, uploadId), eq(images.ownerId, ownerId)))
    .get();
}

export async function imageBytes(uploadId: string, variant: ImageVariant) {
  const row = db
    .select({ bytes: images.bytes })
    .from(images)
    .where(and(eq(images.uploadId, uploadId), eq(images.variant, variant)))
    .get();
  return row?.bytes ?? null;
}
