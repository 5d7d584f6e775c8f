package io.podiokit.api.space;

import com.squareup.moshi.Json;
import io.podiokit.api.org.Organization;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A workspace: the full view ({@code GET /space/{space_id}}) or a mini view inside lists and other answers.
 *
 * @param spaceId the workspace's id
 * @param name its name
 * @param url its URL on podio.com
 * @param urlLabel the label in its URL
 * @param orgId the id of its organization
 * @param description its description
 * @param privacy {@code open} (members of the organization may join) or {@code closed}
 * @param autoJoin whether new members of the organization join it
 * @param postOnNewApp whether new apps are posted to its stream
 * @param postOnNewMember whether new members are posted to its stream
 * @param subscribed whether the user follows it
 * @param role the user's role in it: {@code light}, {@code regular} or {@code admin}
 * @param type {@code regular}, {@code emp_network} or {@code demo}
 * @param premium whether it is a premium workspace
 * @param archived whether it is archived
 * @param members how many members it has
 * @param contactCount how many contacts it has
 * @param createdOn when it was created, UTC {@code yyyy-MM-dd HH:mm:ss}
 * @param lastActivityOn when something last happened in it, UTC
 * @param createdBy who created it ({@code user_id}, {@code name}, ...); empty when not sent
 * @param org its organization (a mini view)
 * @param rights what the user may do in it; empty when not sent
 */
public record Space(@Json(name = "space_id") long spaceId, @Nullable String name, @Nullable String url,
                    @Json(name = "url_label") @Nullable String urlLabel, @Json(name = "org_id") @Nullable Long orgId,
                    @Nullable String description, @Nullable String privacy,
                    @Json(name = "auto_join") @Nullable Boolean autoJoin,
                    @Json(name = "post_on_new_app") @Nullable Boolean postOnNewApp,
                    @Json(name = "post_on_new_member") @Nullable Boolean postOnNewMember,
                    @Nullable Boolean subscribed, @Nullable String role, @Nullable String type,
                    @Nullable Boolean premium, @Nullable Boolean archived, @Nullable Integer members,
                    @Json(name = "contact_count") @Nullable Integer contactCount,
                    @Json(name = "created_on") @Nullable String createdOn,
                    @Json(name = "last_activity_on") @Nullable String lastActivityOn,
                    @Json(name = "created_by") Map<String, Object> createdBy, @Nullable Organization org,
                    List<String> rights) {}
