extension CSVProfile {
    /// Brandwatch Consumer Research "Mentions" export: report metadata lines above the header,
    /// `Page Type` names the network, per-network metric columns.
    public static let brandwatch = CSVProfile(
        name: "brandwatch",
        summary: "Brandwatch mentions export (preamble lines, Page Type, Full Text, per-network metrics)",
        signature: ["query_id", "page_type", "full_text", "url"],
        columns: [
            .id: ["mention_id", "resource_id"],
            .createdAt: ["date"],
            .platform: ["page_type"],
            .author: ["author"],
            .authorName: ["full_name"],
            .followers: ["twitter_followers", "instagram_followers"],
            .verified: ["twitter_verified"],
            .text: ["full_text", "snippet", "title"],
            .likes: ["twitter_likes", "facebook_likes", "instagram_likes", "reddit_score"],
            .shares: ["twitter_retweets", "facebook_shares"],
            .replies: ["twitter_reply_count", "facebook_comments", "instagram_comments", "reddit_comments"],
            .views: ["impressions"],
            .reach: ["reach_(new)", "reach"],
            .language: ["language"],
            .url: ["url"],
            .sentiment: ["sentiment"],
            .conversationID: ["thread_id"],
        ],
        dayFirst: false,
        example: "SampleFeeds/formats/brandwatch.csv"
    )
}
