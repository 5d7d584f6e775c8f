package io.podiokit.http.retrofit;

import java.util.Map;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.FieldMap;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.Header;
import retrofit2.http.POST;

/** Podio's two token endpoints. Bodies are read by {@link RetrofitTokenEndpoint} itself to map every failure. */
interface TokenService {

  @POST("oauth/token/v2")
  Call<ResponseBody> json(@Header("Authorization") @Nullable String basic, @Header("User-Agent") String userAgent,
                          @Body Map<String, String> body);

  @FormUrlEncoded
  @POST("oauth/token")
  Call<ResponseBody> form(@Header("Authorization") @Nullable String basic, @Header("User-Agent") String userAgent,
                          @FieldMap Map<String, String> fields);
}
