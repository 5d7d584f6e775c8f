package io.podiokit.api.org;

import com.squareup.moshi.Json;
import io.podiokit.api.space.Space;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An organization: the full view ({@code GET /org/{org_id}}), the list view with the workspaces the user can see
 * ({@code GET /org/}), or a mini view inside other answers.
 *
 * @param orgId the organization's id
 * @param name its name
 * @param url its URL on podio.com
 * @param urlLabel the label in its URL
 * @param status {@code active} or {@code inactive}
 * @param type {@code free}, {@code sponsored} or {@code premium}
 * @param role the user's role in it: {@code light}, {@code regular} or {@code admin}
 * @param logo the file id of its logo
 * @param premium whether it is a premium organization
 * @param segment its segment
 * @param tier the user's tier in it
 * @param userLimit how many users it may have
 * @param salesAgentId the id of its sales agent
 * @param createdOn when it was created, UTC {@code yyyy-MM-dd HH:mm:ss}
 * @param createdBy who created it ({@code user_id}, {@code name}, {@code avatar}, ...); empty when not sent
 * @param image its logo as a file ({@code file_id}, {@code link}, ...); empty when not sent
 * @param domains its mail domains; empty when not sent
 * @param rights what the user may do with it; empty when not sent
 * @param spaces the workspaces of it the user can see; empty when not sent
 */
public record Organization(@Json(name = "org_id") long orgId, @Nullable String name, @Nullable String url,
                           @Json(name = "url_label") @Nullable String urlLabel, @Nullable String status,
                           @Nullable String type, @Nullable String role, @Nullable Long logo,
                           @Nullable Boolean premium, @Nullable String segment, @Nullable String tier,
                           @Json(name = "user_limit") @Nullable Integer userLimit,
                           @Json(name = "sales_agent_id") @Nullable Long salesAgentId,
                           @Json(name = "created_on") @Nullable String createdOn,
                           @Json(name = "created_by") Map<String, Object> createdBy, Map<String, Object> image,
                           List<String> domains, List<String> rights, List<Space> spaces) {}
