package io.podiokit.api.embed;

import retrofit2.http.Body;
import retrofit2.http.POST;

/**
 * Embeds: web addresses turned into objects that embed fields and comments refer to (Podio's reference area Embed).
 */
public interface EmbedService {

  /**
   * {@code POST /embed/}: looks at a web address and answers it as an embed.
   *
   * @param request the address
   * @return the embed, whose {@code embedId} goes into an embed field's value
   */
  @POST("embed/")
  Embed add(@Body EmbedRequest request);

  /**
   * {@code POST /embed/}: looks at a web address with Podio's default mode.
   *
   * @param url an absolute http or https address
   * @return the embed
   */
  default Embed add(String url) {
    return add(EmbedRequest.of(url));
  }
}
