package org.crosscheck.origin;

import java.util.List;

/**
 * Articles that carry one story: an original and the copies, rewrites and summaries of it found in the run.
 *
 * @param id      the id of the article most likely to be the original (shared by all members)
 * @param source  who the story most likely comes from, as reports name the origin ("Reuters")
 * @param members the article ids, in article order; the original first
 * @param links   how each member other than the original was joined, in article order
 */
public record Origin(String id, String source, List<String> members, List<OriginLink> links) {
    public Origin {
        members = List.copyOf(members);
        links = List.copyOf(links);
    }

    /** True when more than one article carries this origin's story. */
    public boolean shared() {
        return members.size() > 1;
    }
}
