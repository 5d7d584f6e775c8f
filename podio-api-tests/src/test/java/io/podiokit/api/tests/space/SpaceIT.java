package io.podiokit.api.tests.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.space.Space;
import io.podiokit.api.space.SpaceCreated;
import io.podiokit.api.space.SpaceFields;
import io.podiokit.api.space.SpaceInvitation;
import io.podiokit.api.space.SpaceMember;
import io.podiokit.api.space.SpaceRole;
import io.podiokit.api.space.SpaceService;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.emulator.PodioEmulator;
import io.podiokit.http.retrofit.PodioApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Workspaces and their members over real HTTP against the emulator. */
class SpaceIT {

  static final String GRACE = "grace@example.com";
  static final String GRACE_PASSWORD = "grace-password-5d1e";
  static final String ALAN = "alan@example.com";
  static final String ALAN_PASSWORD = "alan-password-0c3b";
  static final ApiFixture api = ApiFixture.start(PodioEmulator.builder().demoData()
      .user(GRACE, GRACE_PASSWORD, "Grace Hopper").user(ALAN, ALAN_PASSWORD, "Alan Turing"));

  @AfterAll
  static void stop() {
    api.close();
  }

  /** Reads any JSON object through the client's own reader: stored as a property, read back as {@code value}. */
  public record SpaceHolder(Space value) {}

  /** The same for a membership. */
  public record MemberHolder(SpaceMember value) {}

  static SpaceService spaces() {
    return api.user().spaces();
  }

  static PodioApi as(String mail, String password) {
    return api.client.api(api.client.authenticateWithPassword(mail, password));
  }

  static long grace() {
    return api.podio.userId(GRACE);
  }

  static long alan() {
    return api.podio.userId(ALAN);
  }

  /** A new closed workspace in organization 1 with only the demo user in it. */
  static long newSpace(String name) {
    return spaces().create(1, name).spaceId();
  }

  @Test
  void theSeededWorkspaceIsReadInFull() {
    Space space = spaces().space(1);

    assertThat(api.last().method()).isEqualTo("GET");
    assertThat(api.last().path()).isEqualTo("/space/1");
    assertThat(space.spaceId()).isEqualTo(1);
    assertThat(space.name()).isEqualTo("Emulated Workspace");
    assertThat(space.orgId()).isEqualTo(1);
    assertThat(space.role()).isEqualTo("admin");
    assertThat(space.privacy()).isEqualTo("closed");
    assertThat(space.members()).isGreaterThanOrEqualTo(1);
    assertThat(space.org()).isNotNull();
    assertThat(space.org().name()).isEqualTo("Emulated Organization");
    assertThat(space.createdBy()).containsKey("user_id");
    assertThat(space.rights()).contains("update", "delete");
    assertThat(space.url()).endsWith("/emulated-organization/emulated-workspace");
  }

  @Test
  void aMicroWorkspaceParses() {
    api.user().users().setProperty("micro-space", Map.of("space_id", 9));
    Space micro = api.user().get("/user/property/micro-space", SpaceHolder.class).value();

    assertThat(micro.spaceId()).isEqualTo(9);
    assertThat(micro.name()).isNull();
    assertThat(micro.org()).isNull();
    assertThat(micro.rights()).isEmpty();
    assertThat(micro.createdBy()).isEmpty();
  }

  @Test
  void aMembershipWithOnlyItsUserParses() {
    api.user().users().setProperty("micro-member", Map.of("user", Map.of("user_id", 4)));
    SpaceMember micro = api.user().get("/user/property/micro-member", MemberHolder.class).value();

    assertThat(micro.user().userId()).isEqualTo(4);
    assertThat(micro.role()).isNull();
    assertThat(micro.profile()).isNull();
  }

  @Test
  void aWorkspaceIsFoundByItsUrl() {
    String url = spaces().space(1).url();

    Space found = spaces().byUrl(url);

    assertThat(api.last().path()).isEqualTo("/space/url");
    assertThat(api.last().queryParams()).containsEntry("url", url);
    assertThat(found.spaceId()).isEqualTo(1);
  }

  @Test
  void createUpdateAndDelete() {
    SpaceCreated created = spaces().create(SpaceFields.builder().orgId(1).name("Sales Team").privacy("open")
        .autoJoin(false).postOnNewApp(true).postOnNewMember(false).description("Leads").build());

    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/space/");
    assertThat(api.last().json()).isEqualTo(Map.of("org_id", 1L, "name", "Sales Team", "privacy", "open",
        "auto_join", false, "post_on_new_app", true, "post_on_new_member", false, "description", "Leads"));
    assertThat(created.url()).endsWith("/sales-team");
    Space space = spaces().space(created.spaceId());
    assertThat(space.name()).isEqualTo("Sales Team");
    assertThat(space.description()).isEqualTo("Leads");
    assertThat(space.role()).isEqualTo("admin");

    spaces().update(created.spaceId(), SpaceFields.builder().name("Sales").privacy("closed").build());
    assertThat(api.last().method()).isEqualTo("PUT");
    assertThat(api.last().path()).isEqualTo("/space/" + created.spaceId());
    assertThat(api.last().json()).isEqualTo(Map.of("name", "Sales", "privacy", "closed"));
    assertThat(spaces().space(created.spaceId())).satisfies(s -> {
      assertThat(s.name()).isEqualTo("Sales");
      assertThat(s.privacy()).isEqualTo("closed");
      assertThat(s.description()).isEqualTo("Leads");
    });

    spaces().delete(created.spaceId());
    assertThat(api.last().method()).isEqualTo("DELETE");
    assertThat(api.last().path()).isEqualTo("/space/" + created.spaceId());
    assertThatThrownBy(() -> spaces().space(created.spaceId()))
        .isInstanceOf(PodioApiException.NotFoundException.class);
  }

  @Test
  void aWorkspaceNeedsAnOrganizationAndAName() {
    assertThatThrownBy(() -> spaces().create(SpaceFields.builder().name("No org").build()))
        .isInstanceOf(PodioApiException.BadRequestException.class).hasMessageContaining("org_id");
    assertThatThrownBy(() -> SpaceFields.builder().privacy("secret"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("open or closed");
  }

  @Test
  void organizationWorkspacesTopAndAvailable() {
    long open = spaces().create(SpaceFields.builder().orgId(1).name("Open Door").privacy("open").build()).spaceId();

    List<Space> inOrg = spaces().orgSpaces(1);
    assertThat(api.last().path()).isEqualTo("/org/1/space/");
    assertThat(inOrg).extracting(Space::spaceId).contains(1L, open);

    List<Space> top = spaces().top(50);
    assertThat(api.last().path()).isEqualTo("/space/top/");
    assertThat(api.last().queryParams()).containsEntry("limit", "50");
    assertThat(top).extracting(Space::spaceId).contains(1L, open);

    List<Space> available = as(ALAN, ALAN_PASSWORD).spaces().available(1);
    assertThat(api.podio.lastRequest().path()).isEqualTo("/space/org/1/available/");
    assertThat(available).extracting(Space::spaceId).contains(open).doesNotContain(1L);
  }

  @Test
  void membersByIdByRoleAndAll() {
    long space = newSpace("Members");
    spaces().addMembers(space, SpaceInvitation.builder(SpaceRole.LIGHT).users(grace()).build());

    SpaceMember me = spaces().member(space, api.userId());
    assertThat(api.last().path()).isEqualTo("/space/" + space + "/member/" + api.userId());
    assertThat(me.role()).isEqualTo("admin");
    assertThat(me.user().userId()).isEqualTo(api.userId());
    assertThat(me.user().name()).isEqualTo(PodioEmulator.DEMO_USER_NAME);
    assertThat(me.profile()).isNotNull();
    assertThat(me.startedOn()).isNotNull();

    List<SpaceMember> light = spaces().members(space, SpaceRole.LIGHT);
    assertThat(api.last().path()).isEqualTo("/space/" + space + "/member/light/");
    assertThat(light).extracting(m -> m.user().userId()).containsExactly(grace());

    List<SpaceMember> all = spaces().members(space);
    assertThat(api.last().path()).isEqualTo("/space/" + space + "/member/");
    assertThat(all).extracting(m -> m.user().userId()).containsExactlyInAnyOrder(api.userId(), grace());

    assertThatThrownBy(() -> spaces().member(space, alan())).isInstanceOf(PodioApiException.NotFoundException.class);
  }

  @Test
  void addMembersByUserProfileAndMail() {
    long space = newSpace("Invitations");
    long graceProfile = api.user().contacts().userContact(grace()).profileId();

    spaces().addMembers(space, SpaceInvitation.builder(SpaceRole.REGULAR).profiles(graceProfile).mails(ALAN)
        .message("Welcome").build());

    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/space/" + space + "/member/");
    assertThat(api.last().json()).isEqualTo(Map.of("role", "regular", "message", "Welcome",
        "profiles", List.of(graceProfile), "mails", List.of(ALAN)));
    assertThat(api.last().status()).isEqualTo(204);
    assertThat(spaces().members(space, SpaceRole.REGULAR)).extracting(m -> m.user().userId())
        .containsExactlyInAnyOrder(grace(), alan());
  }

  @Test
  void anUnknownMailIsRefusedAndAnEmptyInvitationNeverSent() {
    long space = newSpace("Unknown");
    assertThatThrownBy(() -> spaces().addMembers(space,
        SpaceInvitation.builder(SpaceRole.REGULAR).mails("nobody@example.com").build()))
        .isInstanceOf(PodioApiException.BadRequestException.class).hasMessageContaining("nobody@example.com");
    assertThatThrownBy(() -> SpaceInvitation.builder(SpaceRole.REGULAR).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least one");
  }

  @Test
  void rolesChangeForCommaJoinedMembers() {
    long space = newSpace("Roles");
    spaces().addMembers(space, SpaceInvitation.builder(SpaceRole.LIGHT).users(grace(), alan()).build());

    spaces().updateMembers(space, SpaceRole.REGULAR, grace(), alan());

    assertThat(api.last().method()).isEqualTo("PUT");
    assertThat(api.last().path()).isEqualTo("/space/" + space + "/member/" + grace() + "," + alan());
    assertThat(api.last().json()).isEqualTo(Map.of("role", "regular"));
    assertThat(spaces().members(space, SpaceRole.REGULAR)).hasSize(2);
    assertThat(spaces().members(space, SpaceRole.LIGHT)).isEmpty();
  }

  @Test
  void theLastAdministratorStays() {
    long space = newSpace("Last admin");
    assertThatThrownBy(() -> spaces().updateMembers(space, SpaceRole.REGULAR, api.userId()))
        .isInstanceOf(PodioApiException.BadRequestException.class).hasMessageContaining("administrator");
    assertThatThrownBy(() -> spaces().endMemberships(space, api.userId()))
        .isInstanceOf(PodioApiException.BadRequestException.class);
  }

  @Test
  void membershipsEndForCommaJoinedMembers() {
    long space = newSpace("Leaving");
    spaces().addMembers(space, SpaceInvitation.builder(SpaceRole.REGULAR).users(grace(), alan()).build());

    spaces().endMemberships(space, List.of(grace(), alan()));

    assertThat(api.last().method()).isEqualTo("DELETE");
    assertThat(api.last().path()).isEqualTo("/space/" + space + "/member/" + grace() + "," + alan());
    assertThat(api.last().status()).isEqualTo(204);
    assertThat(spaces().members(space)).extracting(m -> m.user().userId()).containsExactly(api.userId());
  }

  @Test
  void anOpenWorkspaceIsJoinedAndAClosedOneAskedFor() {
    long open = spaces().create(SpaceFields.builder().orgId(1).name("Come in").privacy("open").build()).spaceId();
    long closed = newSpace("Knock first");
    SpaceService alanSpaces = as(ALAN, ALAN_PASSWORD).spaces();

    alanSpaces.join(open);
    assertThat(api.podio.lastRequest().method()).isEqualTo("POST");
    assertThat(api.podio.lastRequest().path()).isEqualTo("/space/" + open + "/join");
    assertThat(spaces().member(open, alan()).role()).isEqualTo("regular");

    assertThatThrownBy(() -> alanSpaces.join(closed)).isInstanceOf(PodioApiException.ForbiddenException.class)
        .hasMessageContaining("member_request");
    long request = alanSpaces.requestMembership(closed).spaceMemberRequestId();
    assertThat(api.podio.lastRequest().path()).isEqualTo("/space/" + closed + "/member_request/");
    assertThat(request).isPositive();
  }

  @Test
  void onlyAdministratorsChangeAWorkspace() {
    long space = newSpace("Admins only");
    spaces().addMembers(space, SpaceInvitation.builder(SpaceRole.REGULAR).users(grace()).build());

    assertThatThrownBy(() -> as(GRACE, GRACE_PASSWORD).spaces().update(space,
        SpaceFields.builder().name("Mine now").build())).isInstanceOf(PodioApiException.ForbiddenException.class);
    assertThatThrownBy(() -> as(GRACE, GRACE_PASSWORD).spaces().delete(space))
        .isInstanceOf(PodioApiException.ForbiddenException.class);
  }
}
