package io.podiokit.webhooks;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link WebhookReceiver} as a Jakarta Servlet (6.0, {@code jakarta.servlet-api}, an optional dependency: bring
 * your container): {@code POST} form parameters go to the receiver and the result's status is answered (200 taken,
 * 400/403/404 refused, 500 when the handler or the verification failed, so that Podio posts again); other methods get
 * 405 and bodies over 64 KiB get 413.
 *
 * <pre>{@code
 * servletContext.addServlet("podio-webhooks", new WebhookServlet(receiver)).addMapping("/podio/hook");
 * }</pre>
 */
public final class WebhookServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private final transient WebhookReceiver receiver;

  /**
   * A servlet for {@code receiver}.
   *
   * @param receiver the receiver posts go to
   */
  public WebhookServlet(WebhookReceiver receiver) {
    this.receiver = Objects.requireNonNull(receiver, "receiver == null");
  }

  /**
   * Handles one of Podio's posts.
   *
   * @param request the request
   * @param response the response
   * @throws IOException when the connection fails
   */
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (request.getContentLengthLong() > Answer.MAX_BODY) {
      send(response, new Answer(413, "The body is larger than " + Answer.MAX_BODY + " bytes"));
      return;
    }
    Map<String, String> form = new LinkedHashMap<>();
    request.getParameterMap().forEach((name, values) -> {
      if (values.length > 0) {
        form.put(name, values[0]);
      }
    });
    send(response, Answer.of(receiver, form));
  }

  private static void send(HttpServletResponse response, Answer answer) throws IOException {
    response.setStatus(answer.status());
    response.setContentType(Answer.TEXT);
    response.getWriter().write(answer.text());
  }

  @Override
  public String toString() {
    return "WebhookServlet[" + receiver + "]";
  }
}
