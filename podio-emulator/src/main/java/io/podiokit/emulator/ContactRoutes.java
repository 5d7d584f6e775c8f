package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.User;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Contacts: {@code /contact/...}: every user's profile (type {@code user}, seeded from the users) and the contacts
 * kept in workspaces (type {@code space}), with Podio's fields (single-valued ones such as {@code name} and
 * {@code city}, multi-valued ones such as {@code mail} and {@code phone}). Registers the reference types
 * {@code profile} and {@code contact}.
 */
final class ContactRoutes extends Area {

  /** Fields with one value. */
  static final Set<String> SINGLE = Set.of("name", "avatar", "birthdate", "organization", "department", "vatin",
      "skype", "about", "zip", "city", "state", "country", "linkedin", "twitter", "external_id");
  /** Fields with several values. */
  static final Set<String> MULTIPLE = Set.of("mail", "phone", "address", "location", "title", "url", "skill", "im");
  private static final int DEFAULT_SKILLS = 12;
  private static final int MAX_LIMIT = 500;

  /** A profile: a user's ({@code userId} set) or a workspace contact ({@code spaceId} set). */
  record Profile(long profileId, @Nullable Long userId, @Nullable Long spaceId, Map<String, Object> fields) {
    String type() {
      return userId != null ? "user" : "space";
    }

    String name() {
      return String.valueOf(fields.getOrDefault("name", ""));
    }

    boolean inSpace(long id) {
      return spaceId != null && spaceId == id;
    }
  }

  private final ConcurrentHashMap<Long, Profile> profiles = new ConcurrentHashMap<>();

  ContactRoutes(World world) {
    super(world);
    for (User user : world.state.users()) {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("name", user.name());
      fields.put("mail", List.of(user.mail()));
      profiles.put(user.profileId(), new Profile(user.profileId(), user.id(), null, Map.copyOf(fields)));
    }
    World.RefResolver ref = id -> {
      Profile p = profiles.get(id);
      return p == null ? null : Map.of("type", "profile", "id", id, "title", p.name(), "link", link(p));
    };
    world.refs("profile", ref);
    world.refs("contact", ref);
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/contact/{profile_ids}/v2", this::byIds);
    routes.get("/contact/", request -> list(request, visible(request), null));
    routes.get("/contact/org/{org_id}", request -> {
      long orgId = request.id("org_id");
      orgs().requireMember(orgId, request.userId());
      Set<Long> orgSpaces = Set.copyOf(spaces().spacesOfOrg(orgId));
      return list(request, visible(request).stream().filter(p -> p.userId() != null
          ? orgs().isMember(orgId, p.userId()) : orgSpaces.contains(p.spaceId())).toList(), null);
    });
    routes.get("/contact/space/{space_id}/", request -> {
      long spaceId = request.id("space_id");
      spaces().requireVisible(request.caller(), spaceId);
      return list(request, inSpace(spaceId), null);
    });
    routes.get("/contact/app/{app_id}/", request -> {
      long appId = request.id("app_id");
      if (request.caller().isApp() && request.caller().id() != appId) {
        throw ApiError.forbidden("This app authentication only gives access to app " + request.caller().id());
      }
      Object spaceId = world.requireRef("app", appId).getOrDefault("space_id", EmulatorState.SPACE_ID);
      long space = ((Number) spaceId).longValue();
      return list(request, inSpace(space).stream().filter(p -> p.spaceId() != null).toList(), "space");
    });
    routes.get("/contact/user/{user_id}", request -> profileJson(userProfile(request).profileId(), true));
    routes.get("/contact/user/{user_id}/{key}", request ->
        values(userProfile(request).profileId(), request.param("key")));
    routes.get("/contact/{profile_id}/vcard", request -> Reply.bytes("text/vcard; charset=utf-8",
        vcard(readable(request, request.id("profile_id"))).getBytes(StandardCharsets.UTF_8)));
    routes.get("/contact/totals/", this::totals);
    routes.get("/contact/totals/v3/", this::totalsV3);
    routes.get("/contact/space/{space_id}/totals/", request -> {
      long spaceId = request.id("space_id");
      spaces().requireVisible(request.caller(), spaceId);
      return Map.of("total", inSpace(spaceId).size());
    });
    routes.get("/contact/skill/", this::skills);
    routes.post("/contact/space/{space_id}/", this::create);
    routes.put("/contact/{profile_id}", request -> {
      Profile p = writable(request, request.id("profile_id"));
      update(p, request.object());
      return Reply.noContent();
    });
    routes.put("/contact/{profile_id}/{key}", request -> {
      Profile p = writable(request, request.id("profile_id"));
      Map<String, @Nullable Object> body = request.object();
      if (!body.containsKey("value")) {
        throw ApiError.invalid("Send the field's value as {\"value\": ...}");
      }
      Map<String, @Nullable Object> change = new HashMap<>();
      change.put(request.param("key"), body.get("value"));
      update(p, change);
      return Reply.noContent();
    });
    routes.delete("/contact/{profile_ids}", request -> {
      List<Profile> doomed = new ArrayList<>();
      for (long id : request.ids("profile_ids")) {
        doomed.add(writable(request, id));
      }
      doomed.forEach(p -> profiles.remove(p.profileId()));
      return Reply.noContent();
    });
  }

  // ---- for the other areas of this group

  /** The profile's name, or {@code fallback} when there is no such profile. */
  String name(long profileId, String fallback) {
    Profile p = profiles.get(profileId);
    return p == null ? fallback : p.name();
  }

  /** A profile as Podio lists it: the mini view, or the full one with every field. */
  Map<String, Object> profileJson(long profileId, boolean full) {
    Profile p = profiles.get(profileId);
    if (p == null) {
      throw ApiError.notFound("Contact", profileId);
    }
    return json(p, full);
  }

  /** The values of one field of a profile (a list; one value for single-valued fields). */
  List<Object> values(long profileId, String key) {
    Profile p = profiles.get(profileId);
    if (p == null) {
      throw ApiError.notFound("Contact", profileId);
    }
    checkKey(key);
    Object value = p.fields().get(key);
    if (value == null) {
      return List.of();
    }
    return value instanceof List<?> list ? List.copyOf(list) : List.of(value);
  }

  /** Sets fields of a user's own profile ({@code PUT /user/profile/}). */
  void updateProfile(long profileId, Map<String, @Nullable Object> body) {
    Profile p = profiles.get(profileId);
    if (p == null) {
      throw ApiError.notFound("Contact", profileId);
    }
    if (body.containsKey("external_id")) {
      throw ApiError.invalid("external_id can only be set on workspace contacts");
    }
    update(p, body);
  }

  /** How many workspace contacts a workspace has. */
  int spaceContacts(long spaceId) {
    return (int) profiles.values().stream().filter(p -> p.inSpace(spaceId)).count();
  }

  // ---- reading

  private Object byIds(ApiRequest request) {
    List<Long> ids = request.ids("profile_ids");
    List<Object> out = new ArrayList<>();
    for (long id : ids) {
      out.add(json(readable(request, id), true));
    }
    return ids.size() == 1 ? out.get(0) : out;
  }

  /** Every profile the caller may see: users sharing an organization, contacts of workspaces the caller is in. */
  private List<Profile> visible(ApiRequest request) {
    long me = request.userId();
    return profiles.values().stream().filter(p -> canSee(me, p)).toList();
  }

  private boolean canSee(long me, Profile p) {
    if (p.userId() != null) {
      return p.userId() == me || orgs().shareAnOrg(me, p.userId());
    }
    return spaces().isMember(java.util.Objects.requireNonNull(p.spaceId()), me);
  }

  /** The members' profiles and the workspace contacts of a workspace. */
  private List<Profile> inSpace(long spaceId) {
    Set<Long> members = Set.copyOf(spaces().memberIds(spaceId));
    return profiles.values().stream().filter(p -> p.userId() != null ? members.contains(p.userId())
        : p.inSpace(spaceId)).toList();
  }

  private Profile readable(ApiRequest request, long profileId) {
    Profile p = profiles.get(profileId);
    if (p == null || !canSee(request.userId(), p)) {
      throw ApiError.notFound("Contact", profileId);
    }
    return p;
  }

  private Profile writable(ApiRequest request, long profileId) {
    Profile p = readable(request, profileId);
    if (p.userId() != null) {
      throw ApiError.forbidden("Only workspace contacts can be changed or deleted; contact " + profileId
          + " is a user's profile, which its user updates with PUT /user/profile/");
    }
    return p;
  }

  private Profile userProfile(ApiRequest request) {
    long me = request.userId();
    User user = world.area(UserRoutes.class).require(request.id("user_id"));
    Profile p = profiles.get(user.profileId());
    if (p == null || !canSee(me, p)) {
      throw ApiError.notFound("User", user.id());
    }
    return p;
  }

  /** The contacts of {@code candidates} the query selects, ordered, paged and in the view asked for. */
  private List<Object> list(ApiRequest request, List<Profile> candidates, @Nullable String onlyType) {
    long me = request.userId();
    Set<String> types = onlyType != null ? Set.of(onlyType)
        : Set.of(request.query("contact_type", "user").split(","));
    for (String t : types) {
      if (!t.equals("user") && !t.equals("space")) {
        throw ApiError.invalid("Invalid value for contact_type: '" + t + "' is not one of user, space");
      }
    }
    boolean excludeSelf = request.queryFlag("exclude_self", true);
    String view = request.query("type", "mini");
    if (!view.equals("mini") && !view.equals("full")) {
      throw ApiError.invalid("Invalid value for type: '" + view + "' is not one of mini, full");
    }
    long limit = request.queryLong("limit", 100);
    long offset = request.queryLong("offset", 0);
    if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
      throw ApiError.invalid("limit must be between 1 and " + MAX_LIMIT + " and offset not negative");
    }
    List<String> required = request.query("required") == null ? List.of()
        : List.of(java.util.Objects.requireNonNull(request.query("required")).split(","));
    required.forEach(ContactRoutes::checkKey);
    Map<String, String> filters = new LinkedHashMap<>();
    request.queryParams().forEach((k, v) -> {
      if (SINGLE.contains(k) || MULTIPLE.contains(k)) {
        filters.put(k, v);
      }
    });
    Comparator<Profile> order = switch (request.query("order", "name")) {
      case "name" -> Comparator.comparing((Profile p) -> p.name().toLowerCase(Locale.ROOT));
      case "created_on", "assigned", "last_seen_on" -> Comparator.comparingLong(Profile::profileId);
      default -> throw ApiError.invalid("Invalid value for order: use name, created_on or last_seen_on");
    };
    return candidates.stream()
        .filter(p -> types.contains(p.type()))
        .filter(p -> !excludeSelf || p.userId() == null || p.userId() != me)
        .filter(p -> required.stream().allMatch(f -> !values(p, f).isEmpty()))
        .filter(p -> filters.entrySet().stream().allMatch(f -> matches(p, f.getKey(), f.getValue())))
        .sorted(order.thenComparingLong(Profile::profileId))
        .skip(offset).limit(limit)
        .map(p -> (Object) json(p, view.equals("full")))
        .toList();
  }

  private static boolean matches(Profile p, String key, String wanted) {
    String w = wanted.toLowerCase(Locale.ROOT);
    return values(p, key).stream().anyMatch(v -> String.valueOf(v).toLowerCase(Locale.ROOT).contains(w));
  }

  private static List<Object> values(Profile p, String key) {
    Object value = p.fields().get(key);
    if (value == null) {
      return List.of();
    }
    return value instanceof List<?> list ? List.copyOf(list) : List.of(value);
  }

  private Map<String, Object> json(Profile p, boolean full) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("profile_id", p.profileId());
    if (p.userId() != null) {
      m.put("user_id", p.userId());
    }
    if (p.spaceId() != null) {
      m.put("space_id", p.spaceId());
    }
    m.put("type", p.type());
    m.put("name", p.name());
    if (p.fields().get("avatar") != null) {
      m.put("avatar", p.fields().get("avatar"));
    }
    m.put("link", link(p));
    if (full) {
      p.fields().forEach((k, v) -> m.putIfAbsent(k, v));
      m.put("rights", p.userId() != null ? List.of("view") : List.of("view", "update", "delete"));
    }
    return m;
  }

  private String link(Profile p) {
    return p.userId() != null ? world.baseUrl() + "/users/" + p.userId() : world.baseUrl() + "/contacts/" + p.profileId();
  }

  private Map<String, Object> totals(ApiRequest request) {
    List<Profile> all = visible(request);
    long me = request.userId();
    long users = all.stream().filter(p -> p.userId() != null && p.userId() != me).count();
    long space = all.stream().filter(p -> p.spaceId() != null).count();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("user", Map.of("count", users));
    m.put("space", Map.of("count", space));
    m.put("total", users + space);
    return m;
  }

  private Map<String, Object> totalsV3(ApiRequest request) {
    long me = request.userId();
    List<Profile> all = visible(request).stream().filter(p -> p.userId() == null || p.userId() != me).toList();
    List<Object> orgList = new ArrayList<>();
    for (long orgId : orgs().orgsOf(me)) {
      List<Object> spaceList = new ArrayList<>();
      for (long spaceId : spaces().spacesOfOrg(orgId)) {
        if (spaces().isMember(spaceId, me)) {
          long n = all.stream().filter(p -> p.userId() != null ? spaces().isMember(spaceId, p.userId())
              : p.inSpace(spaceId)).count();
          spaceList.add(Map.of("count", n, "space", spaces().micro(spaceId)));
        }
      }
      long n = all.stream().filter(p -> p.userId() != null ? orgs().isMember(orgId, p.userId())
          : spaces().orgOf(java.util.Objects.requireNonNull(p.spaceId())) == orgId).count();
      orgList.add(Map.of("count", n, "org", orgs().micro(orgId), "spaces", spaceList));
    }
    return Map.of("count", all.size(), "orgs", orgList);
  }

  private List<String> skills(ApiRequest request) {
    String text = request.query("text", "").toLowerCase(Locale.ROOT);
    long limit = request.queryLong("limit", DEFAULT_SKILLS);
    Map<String, Long> counts = visible(request).stream().flatMap(p -> values(p, "skill").stream())
        .map(String::valueOf).filter(s -> s.toLowerCase(Locale.ROOT).startsWith(text))
        .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit).map(Map.Entry::getKey).toList();
  }

  // ---- writing

  private Map<String, Object> create(ApiRequest request) throws IOException {
    long spaceId = request.id("space_id");
    spaces().requireMember(spaceId, request.userId());
    Map<String, @Nullable Object> body = request.object();
    if (!(body.get("name") instanceof String name) || name.isBlank()) {
      throw ApiError.invalid("A workspace contact needs a name");
    }
    long id = world.nextId("profile", 500_000);
    Profile p = new Profile(id, null, spaceId, Map.copyOf(fields(Map.of(), body)));
    profiles.put(id, p);
    return Map.of("profile_id", id);
  }

  private void update(Profile p, Map<String, @Nullable Object> body) {
    Map<String, Object> fields = fields(p.fields(), body);
    if (!(fields.get("name") instanceof String name) || name.isBlank()) {
      throw ApiError.invalid("A contact needs a name");
    }
    profiles.put(p.profileId(), new Profile(p.profileId(), p.userId(), p.spaceId(), Map.copyOf(fields)));
  }

  /** {@code current} with the fields of {@code body} set (null or an empty list clears one); 400 for bad ones. */
  private static Map<String, Object> fields(Map<String, Object> current, Map<String, @Nullable Object> body) {
    Map<String, Object> out = new LinkedHashMap<>(current);
    body.forEach((key, value) -> {
      checkKey(key);
      if (value == null || (value instanceof List<?> l && l.isEmpty())) {
        out.remove(key);
      } else if (MULTIPLE.contains(key)) {
        List<?> list = value instanceof List<?> l ? l : List.of(value);
        for (Object v : list) {
          if (!(v instanceof String)) {
            throw ApiError.invalid("Invalid value for " + key + ": give a text or a list of texts");
          }
        }
        out.put(key, List.copyOf(list));
      } else if (key.equals("avatar")) {
        if (!(value instanceof Long)) {
          throw ApiError.invalid("Invalid value for avatar: give a file id");
        }
        out.put(key, value);
      } else if (value instanceof String s) {
        out.put(key, s);
      } else {
        throw ApiError.invalid("Invalid value for " + key + ": give a text");
      }
    });
    return out;
  }

  private static void checkKey(String key) {
    if (!SINGLE.contains(key) && !MULTIPLE.contains(key)) {
      throw ApiError.invalid("Invalid contact field '" + key + "'; the fields are "
          + new java.util.TreeSet<>(union()));
    }
  }

  private static Set<String> union() {
    Set<String> all = new java.util.HashSet<>(SINGLE);
    all.addAll(MULTIPLE);
    return all;
  }

  // ---- vCard (RFC 6350 text, version 3.0 as Podio writes it)

  private String vcard(Profile p) {
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN", "VCARD");
    line(out, "VERSION", "3.0");
    String name = p.name();
    line(out, "FN", escape(name));
    int space = name.lastIndexOf(' ');
    line(out, "N", space < 0 ? escape(name) + ";;;;"
        : escape(name.substring(space + 1)) + ";" + escape(name.substring(0, space)) + ";;;");
    Object org = p.fields().get("organization");
    Object dept = p.fields().get("department");
    if (org != null || dept != null) {
      line(out, "ORG", escape(org == null ? "" : org.toString()) + (dept == null ? "" : ";" + escape(dept.toString())));
    }
    values(p, "title").forEach(v -> line(out, "TITLE", escape(v.toString())));
    values(p, "mail").forEach(v -> line(out, "EMAIL;TYPE=INTERNET", escape(v.toString())));
    values(p, "phone").forEach(v -> line(out, "TEL", escape(v.toString())));
    List<Object> addresses = values(p, "address");
    if (!addresses.isEmpty() || p.fields().containsKey("city") || p.fields().containsKey("zip")
        || p.fields().containsKey("country")) {
      String street = addresses.stream().map(Object::toString).collect(Collectors.joining(", "));
      line(out, "ADR;TYPE=WORK", ";;" + escape(street) + ";" + field(p, "city") + ";" + field(p, "state") + ";"
          + field(p, "zip") + ";" + field(p, "country"));
    }
    values(p, "url").forEach(v -> line(out, "URL", escape(v.toString())));
    if (p.fields().get("birthdate") != null) {
      line(out, "BDAY", escape(p.fields().get("birthdate").toString()));
    }
    if (p.fields().get("about") != null) {
      line(out, "NOTE", escape(p.fields().get("about").toString()));
    }
    line(out, "UID", "podio-profile-" + p.profileId());
    line(out, "END", "VCARD");
    return out.toString();
  }

  private static String field(Profile p, String key) {
    Object v = p.fields().get(key);
    return v == null ? "" : escape(v.toString());
  }

  private static void line(StringBuilder out, String name, String value) {
    out.append(name).append(':').append(value).append("\r\n");
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\r\n", "\\n")
        .replace("\n", "\\n");
  }

  private OrgRoutes orgs() {
    return world.area(OrgRoutes.class);
  }

  private SpaceRoutes spaces() {
    return world.area(SpaceRoutes.class);
  }
}
