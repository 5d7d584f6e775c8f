package io.podiokit.api.tests.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.org.LoginReport;
import io.podiokit.api.org.Organization;
import io.podiokit.api.org.OrganizationCreated;
import io.podiokit.api.org.OrganizationFields;
import io.podiokit.api.org.OrganizationMember;
import io.podiokit.api.org.OrganizationService;
import io.podiokit.api.space.Space;
import io.podiokit.api.space.SpaceInvitation;
import io.podiokit.api.space.SpaceRole;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.api.user.User;
import io.podiokit.emulator.PodioEmulator;
import io.podiokit.http.retrofit.PodioApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Organizations and their members over real HTTP against the emulator. */
class OrganizationIT {

  static final String GRACE = "grace@example.com";
  static final String GRACE_PASSWORD = "grace-password-2f8a";
  static final ApiFixture api = ApiFixture.start(PodioEmulator.builder().demoData()
      .user(GRACE, GRACE_PASSWORD, "Grace Hopper"));

  @AfterAll
  static void stop() {
    api.close();
  }

  /** Reads any JSON object through the client's own reader: stored as a property, read back as {@code value}. */
  public record OrgHolder(Organization value) {}

  static OrganizationService orgs() {
    return api.user().orgs();
  }

  static long grace() {
    return api.podio.userId(GRACE);
  }

  static PodioApi asGrace() {
    return api.client.api(api.client.authenticateWithPassword(GRACE, GRACE_PASSWORD));
  }

  /** A new organization with the demo user as its only administrator and Grace as a regular member. */
  static long orgWithGrace(String name) {
    long org = orgs().bootstrap(OrganizationFields.named(name)).orgId();
    long space = api.user().spaces().orgSpaces(org).get(0).spaceId();
    api.user().spaces().addMembers(space, SpaceInvitation.builder(SpaceRole.REGULAR).users(grace()).build());
    return org;
  }

  @Test
  void organizationsListTheUsersOrganizationsWithTheirWorkspaces() {
    List<Organization> all = orgs().organizations();

    assertThat(api.last().method()).isEqualTo("GET");
    assertThat(api.last().path()).isEqualTo("/org/");
    Organization first = all.get(0);
    assertThat(first.orgId()).isEqualTo(1);
    assertThat(first.name()).isEqualTo("Emulated Organization");
    assertThat(first.role()).isEqualTo("admin");
    assertThat(first.spaces()).extracting(Space::spaceId).contains(1L);
    assertThat(first.spaces().get(0).name()).isEqualTo("Emulated Workspace");
  }

  @Test
  void oneOrganizationInFullAndByUrl() {
    Organization org = orgs().organization(1);
    assertThat(api.last().path()).isEqualTo("/org/1");
    assertThat(org.urlLabel()).isEqualTo("emulated-organization");
    assertThat(org.status()).isEqualTo("active");
    assertThat(org.createdOn()).isNotNull();
    assertThat(org.createdBy()).containsEntry("user_id", (double) api.userId());
    assertThat(org.rights()).contains("update");

    Organization byUrl = orgs().byUrl(org.url() + "/emulated-workspace/apps");
    assertThat(api.last().path()).isEqualTo("/org/url");
    assertThat(api.last().queryParams()).containsEntry("url", org.url() + "/emulated-workspace/apps");
    assertThat(byUrl.orgId()).isEqualTo(1);
  }

  @Test
  void aMicroOrganizationParses() {
    api.user().users().setProperty("micro-org", Map.of("org_id", 5));
    Organization micro = api.user().get("/user/property/micro-org", OrgHolder.class).value();

    assertThat(micro.orgId()).isEqualTo(5);
    assertThat(micro.name()).isNull();
    assertThat(micro.spaces()).isEmpty();
    assertThat(micro.domains()).isEmpty();
    assertThat(micro.createdBy()).isEmpty();
  }

  @Test
  void createUpdateAndBootstrap() {
    OrganizationCreated created = orgs().create(OrganizationFields.named("Acme Corp").withUrlLabel("acme"));

    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/org/");
    assertThat(api.last().json()).isEqualTo(Map.of("name", "Acme Corp", "url_label", "acme"));
    assertThat(created.url()).endsWith("/acme");
    assertThat(orgs().organization(created.orgId()).role()).isEqualTo("admin");
    assertThat(api.user().spaces().orgSpaces(created.orgId())).isEmpty();

    orgs().update(created.orgId(), new OrganizationFields("Acme Inc", null, null));
    assertThat(api.last().method()).isEqualTo("PUT");
    assertThat(api.last().path()).isEqualTo("/org/" + created.orgId());
    assertThat(api.last().json()).isEqualTo(Map.of("name", "Acme Inc"));
    assertThat(orgs().organization(created.orgId()).name()).isEqualTo("Acme Inc");

    OrganizationCreated booted = orgs().bootstrap(OrganizationFields.named("Booted"));
    assertThat(api.last().path()).isEqualTo("/org/bootstrap");
    assertThat(api.last().json()).isEqualTo(Map.of("name", "Booted"));
    assertThat(api.user().spaces().orgSpaces(booted.orgId())).extracting(Space::name).containsExactly("Booted");
  }

  @Test
  void aNamelessOrganizationIsRefusedBeforeAndByPodio() {
    assertThatThrownBy(() -> OrganizationFields.named(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> orgs().create(new OrganizationFields(null, null, 12L)))
        .isInstanceOf(PodioApiException.BadRequestException.class).hasMessageContaining("name");
  }

  @Test
  void administratorsAreListedAndAdded() {
    long org = orgWithGrace("Admins Ltd");

    List<User> before = orgs().admins(org);
    assertThat(api.last().path()).isEqualTo("/org/" + org + "/admin/");
    assertThat(before).extracting(User::userId).containsExactly(api.userId());
    assertThat(before.get(0).name()).isEqualTo(PodioEmulator.DEMO_USER_NAME);
    assertThat(before.get(0).profileId()).isNotNull();

    orgs().addAdmin(org, grace());
    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/org/" + org + "/admin/");
    assertThat(api.last().json()).isEqualTo(Map.of("user_id", grace()));
    assertThat(orgs().admins(org)).extracting(User::userId).containsExactly(api.userId(), grace());
  }

  @Test
  void onlyAdministratorsSeeMembersReportsAndFigures() {
    long org = orgWithGrace("Private Ltd");
    OrganizationService graceOrgs = asGrace().orgs();

    assertThatThrownBy(() -> graceOrgs.members(org)).isInstanceOf(PodioApiException.ForbiddenException.class);
    assertThatThrownBy(() -> graceOrgs.statistics(org)).isInstanceOf(PodioApiException.ForbiddenException.class);
    assertThatThrownBy(() -> graceOrgs.update(org, OrganizationFields.named("Grace Ltd")))
        .isInstanceOf(PodioApiException.ForbiddenException.class);
  }

  @Test
  void loginReportAndStatistics() {
    List<LoginReport> report = orgs().loginReport(1, 3, 1);
    assertThat(api.last().path()).isEqualTo("/org/1/report/login");
    assertThat(api.last().queryParams()).containsEntry("limit", "3").containsEntry("offset", "1");
    assertThat(report).hasSize(3).allSatisfy(period -> {
      assertThat(period.date()).matches("\\d{4}-\\d\\d-\\d\\d");
      assertThat(period.total()).isEqualTo(2);
    });

    Map<String, Object> figures = orgs().statistics(1);
    assertThat(api.last().path()).isEqualTo("/org/1/statistics");
    assertThat(figures).containsKeys("users", "spaces");
    assertThat(figures.get("users")).isEqualTo(Map.of("total", 2.0, "admins", 2.0, "regular", 0.0));
  }

  @Test
  void membersAreReadFilteredAndEnded() {
    long org = orgWithGrace("Members Ltd");

    OrganizationMember grace = orgs().member(org, grace());
    assertThat(api.last().path()).isEqualTo("/org/" + org + "/member/" + grace());
    assertThat(grace.user().userId()).isEqualTo(grace());
    assertThat(grace.profile()).isNotNull();
    assertThat(grace.profile().name()).isEqualTo("Grace Hopper");
    assertThat(grace.role()).isEqualTo("regular");
    assertThat(grace.admin()).isFalse();
    assertThat(grace.spaceMemberships()).isEqualTo(1);

    List<OrganizationMember> found = orgs().members(org, "regular", "grace", "name", false, 10, 0);
    assertThat(api.last().path()).isEqualTo("/org/" + org + "/member/");
    assertThat(api.last().queryParams()).containsEntry("member_type", "regular").containsEntry("query", "grace")
        .containsEntry("sort_by", "name").containsEntry("sort_desc", "false").containsEntry("limit", "10")
        .containsEntry("offset", "0");
    assertThat(found).extracting(m -> m.user().userId()).containsExactly(grace());
    assertThat(orgs().members(org)).hasSize(2);
    assertThat(api.last().query()).isEmpty();

    orgs().endMembership(org, grace());
    assertThat(api.last().method()).isEqualTo("DELETE");
    assertThat(api.last().path()).isEqualTo("/org/" + org + "/member/" + grace());
    assertThat(api.last().status()).isEqualTo(204);
    assertThat(orgs().members(org)).extracting(m -> m.user().userId()).containsExactly(api.userId());
    long space = api.user().spaces().orgSpaces(org).get(0).spaceId();
    assertThat(api.user().spaces().members(space)).extracting(m -> m.user().userId())
        .as("ending the organization membership ends its workspace memberships").containsExactly(api.userId());
    assertThatThrownBy(() -> orgs().member(org, grace())).isInstanceOf(PodioApiException.NotFoundException.class);
  }

  @Test
  void theLastAdministratorCannotLeave() {
    long org = orgs().create(OrganizationFields.named("Solo")).orgId();
    assertThatThrownBy(() -> orgs().endMembership(org, api.userId()))
        .isInstanceOf(PodioApiException.BadRequestException.class).hasMessageContaining("last administrator");
  }

  @Test
  void anAppCannotListOrganizations() {
    assertThatThrownBy(() -> api.app().orgs().organizations())
        .isInstanceOf(PodioApiException.ForbiddenException.class);
  }
}
