package dev.forge.write;

import java.util.List;

/**
 * What a write did.
 *
 * @param written files created or changed
 * @param unchanged files already holding the same bytes
 * @param deleted files Forge generated before and no longer generates
 * @param kept stale generated files left in place because a person edited them
 */
public record WriteResult(List<String> written, List<String> unchanged, List<String> deleted, List<String> kept) {
}
