package io.podiokit.api.file;

import io.podiokit.api.QueryOptions;
import java.util.Map;

/**
 * Which files a file list returns ({@link FileService#files(FileQuery)}, {@link FileService#appFiles(long, FileQuery)},
 * {@link FileService#spaceFiles(long, FileQuery)}): a page ({@code limit}, {@code offset}) and filters. Immutable; it is
 * the query map itself.
 *
 * <pre>{@code
 * api.files().appFiles(appId, FileQuery.builder().attachedTo("item").limit(50).build());
 * }</pre>
 */
public final class FileQuery extends QueryOptions {

  /** The largest page Podio serves for files: 100. */
  public static final int MAX_LIMIT = 100;

  private static final FileQuery FIRST_PAGE = builder().build();

  private FileQuery(Map<String, String> query) {
    super(query);
  }

  /** {@return Podio's first page (its default size), no filters} */
  public static FileQuery firstPage() {
    return FIRST_PAGE;
  }

  /** {@return a builder without filters} */
  public static Builder builder() {
    return new Builder(Map.of());
  }

  /**
   * This query for another page.
   *
   * @param offset how many files to skip
   * @param limit how many to return, 1 to {@value #MAX_LIMIT}
   * @return the query for that page
   */
  public FileQuery page(int offset, int limit) {
    return new Builder(this).offset(offset).limit(limit).build();
  }

  /** Builds a {@link FileQuery}. */
  public static final class Builder extends PageBuilder<Builder> {

    private Builder(Map<String, String> from) {
      super(from, MAX_LIMIT);
    }


    /**
     * Only files attached to objects of this type.
     *
     * @param refType e.g. {@code "item"}, {@code "status"}, {@code "comment"}
     * @return this builder
     */
    public Builder attachedTo(String refType) {
      return text("attached_to", refType);
    }

    /**
     * Only files uploaded by this user.
     *
     * @param userId the user's id
     * @return this builder
     */
    public Builder createdBy(long userId) {
      query.put("created_by", Long.toString(userId));
      return this;
    }

    /**
     * Only files hosted by this service.
     *
     * @param hostedBy e.g. {@code "podio"}
     * @return this builder
     */
    public Builder hostedBy(String hostedBy) {
      return text("hosted_by", hostedBy);
    }

    /**
     * The order.
     *
     * @param sortBy {@code "name"} or {@code "created_on"}
     * @param descending whether descending
     * @return this builder
     */
    public Builder sort(String sortBy, boolean descending) {
      text("sort_by", sortBy);
      query.put("sort_desc", Boolean.toString(descending));
      return this;
    }

    private Builder text(String name, String value) {
      query.put(name, requireText(value, name));
      return this;
    }

    /** {@return the query} */
    public FileQuery build() {
      return new FileQuery(query);
    }
  }
}
