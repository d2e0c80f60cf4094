import VigilCore

extension CSVProfile {
    /// Trustpilot Business's review download: `Review Created (UTC)`, `Review ID`,
    /// `Review Title`, `Review Content`, `Review Stars`, `Review Language`, `Review Consumer User ID`.
    public static let trustpilot = CSVProfile(
        name: "trustpilot-csv",
        summary: "Trustpilot Business review download (Review Created (UTC), Review Content, Review Stars…); stars as sentiment",
        signature: ["review_stars", "review_content"],
        columns: [
            .id: ["review_id", "id"],
            .createdAt: ["review_created_(utc)", "review_created", "review_date"],
            .author: ["review_consumer_name", "consumer_name", "review_consumer_user_id"],
            .text: ["review_content", "review_title"],
            .rating: ["review_stars"],
            .language: ["review_language"],
            .url: ["review_url", "domain_url"],
        ],
        dayFirst: false,
        platform: .trustpilot,
        example: "SampleFeeds/formats/trustpilot-reviews.csv"
    )
}
