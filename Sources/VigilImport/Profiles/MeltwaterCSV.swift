extension CSVProfile {
    /// Meltwater export: UTF-16 with a BOM, tab-separated, `Hit Sentence`, dates like
    /// `21-Nov-2026 03:04PM`; news rows have no native id, so their URL is the identity.
    public static let meltwater = CSVProfile(
        name: "meltwater",
        summary: "Meltwater export (UTF-16, tab-separated, Hit Sentence, Tweet Id, 21-Nov-2026 03:04PM dates)",
        signature: ["hit_sentence", "source", "url"],
        columns: [
            .id: ["tweet_id", "document_id"],
            .createdAt: ["date"],
            .platform: ["source"],
            .author: ["twitter_screen_name", "influencer"],
            .authorName: ["influencer"],
            .followers: ["twitter_followers"],
            .text: ["hit_sentence", "opening_text", "headline"],
            .likes: ["likes"],
            .shares: ["retweets", "shares"],
            .replies: ["replies", "comments"],
            .reach: ["reach"],
            .language: ["language"],
            .url: ["url"],
            .sentiment: ["sentiment"],
        ],
        dayFirst: true,
        idFromURL: true,
        example: "SampleFeeds/formats/meltwater.csv"
    )
}
