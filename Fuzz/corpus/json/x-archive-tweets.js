window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : { "initial" : { "editTweetIds" : [ "1860000000000000001" ], "editableUntil" : "2026-11-20T10:10:00.000Z", "editsRemaining" : "5", "isEditEligible" : true } },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ ] },
      "display_text_range" : [ "0", "71" ],
      "favorite_count" : "42",
      "id_str" : "1860000000000000001",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1860000000000000001",
      "created_at" : "Fri Nov 20 09:10:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Tea time with the new Kettlebird Mini &amp; a fresh sencha. Bliss ☕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "favorite_count" : "0",
      "id_str" : "1860000000000000002",
      "in_reply_to_status_id_str" : "1859999999999999999",
      "in_reply_to_screen_name" : "kettlebird",
      "retweet_count" : "0",
      "created_at" : "Sat Nov 21 15:30:00 +0000 2026",
      "full_text" : "@kettlebird is my Mini affected by the lid issue?",
      "lang" : "en"
    }
  }
]
