package io.podiokit.http.retrofit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This library's version, for the User-Agent: from the properties file Maven filters, else the jar manifest. */
final class Version {

  static final String VERSION = read();

  private Version() {}

  private static String read() {
    try (InputStream in = Version.class.getResourceAsStream("podiokit-version.properties")) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version");
        if (version != null && !version.isBlank() && !version.startsWith("${")) {
          return version.trim();
        }
      }
    } catch (IOException e) {
      // fall through to the manifest
    }
    String manifest = Version.class.getPackage().getImplementationVersion();
    return manifest == null ? "unknown" : manifest;
  }
}
