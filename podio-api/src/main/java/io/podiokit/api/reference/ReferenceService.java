package io.podiokit.api.reference;

import java.util.List;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** References: any object of Podio by type and id, and searching for objects to point at (reference area Reference). */
public interface ReferenceService {

  /**
   * {@code GET /reference/{ref_type}/{ref_id}}: an object by type and id.
   *
   * @param refType {@code item}, {@code app}, {@code task}, ...
   * @param refId its id
   * @return the object
   */
  @GET("reference/{ref_type}/{ref_id}")
  Reference reference(@Path("ref_type") String refType, @Path("ref_id") long refId);

  /**
   * {@code POST /reference/search}: objects to point at, by text.
   *
   * @param search the target and the text
   * @return the results, in groups
   */
  @POST("reference/search")
  List<ReferenceSearch.Group> search(@Body ReferenceSearch search);

  /**
   * {@code GET /reference/resolve}: the object a podio.com URL shows.
   *
   * @param url the URL
   * @return the object
   */
  @GET("reference/resolve")
  Reference resolve(@Query("url") String url);
}
