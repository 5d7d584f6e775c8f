package io.podiokit.api.search;

import io.podiokit.api.Paging;
import java.util.List;
import java.util.stream.Stream;
import retrofit2.http.Body;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * Search by words, in an app, a workspace, an organization or everywhere, one page at a time (Podio's reference
 * area SearchResult). The {@code all...} methods walk every page lazily with {@link Paging#defaults()}.
 */
public interface SearchService {

  /**
   * {@code POST /search/}: searches everything the user can see.
   *
   * @param query the words, type and page
   * @return the results on that page, best first
   */
  @POST("search/")
  List<SearchResult> global(@Body SearchQuery query);

  /**
   * {@code POST /search/org/{org_id}/}: searches an organization's workspaces.
   *
   * @param orgId the organization
   * @param query the words, type and page
   * @return the results on that page, best first
   */
  @POST("search/org/{org_id}/")
  List<SearchResult> inOrg(@Path("org_id") long orgId, @Body SearchQuery query);

  /**
   * {@code POST /search/space/{space_id}/}: searches a workspace.
   *
   * @param spaceId the workspace
   * @param query the words, type and page
   * @return the results on that page, best first
   */
  @POST("search/space/{space_id}/")
  List<SearchResult> inSpace(@Path("space_id") long spaceId, @Body SearchQuery query);

  /**
   * {@code POST /search/app/{app_id}/}: searches an app's items.
   *
   * @param appId the app
   * @param query the words and page
   * @return the results on that page, best first
   */
  @POST("search/app/{app_id}/")
  List<SearchResult> inApp(@Path("app_id") long appId, @Body SearchQuery query);

  /**
   * {@code POST /search/app/{app_id}/space/{space_id}}: searches an app's items, within one workspace.
   *
   * @param appId the app
   * @param spaceId the workspace the app is in
   * @param query the words and page
   * @return the results on that page, best first
   */
  @POST("search/app/{app_id}/space/{space_id}")
  List<SearchResult> inAppOfSpace(@Path("app_id") long appId, @Path("space_id") long spaceId,
                                  @Body SearchQuery query);

  /**
   * Every result of a search of everything, fetched page by page (the query's own page is replaced).
   *
   * @param query the words and type
   * @return the results, best first
   */
  default Stream<SearchResult> allGlobal(SearchQuery query) {
    return Paging.defaults().stream((offset, limit) -> global(query.page(offset, limit)));
  }

  /**
   * Every result of a search of a workspace, fetched page by page.
   *
   * @param spaceId the workspace
   * @param query the words and type
   * @return the results, best first
   */
  default Stream<SearchResult> allInSpace(long spaceId, SearchQuery query) {
    return Paging.defaults().stream((offset, limit) -> inSpace(spaceId, query.page(offset, limit)));
  }

  /**
   * Every result of a search of an app, fetched page by page.
   *
   * @param appId the app
   * @param query the words
   * @return the results, best first
   */
  default Stream<SearchResult> allInApp(long appId, SearchQuery query) {
    return Paging.defaults().stream((offset, limit) -> inApp(appId, query.page(offset, limit)));
  }
}
