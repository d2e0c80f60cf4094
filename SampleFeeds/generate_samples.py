#!/usr/bin/env python3
"""Generate the bundled Vigil sample workspace (fictional brand "Kettlebird").

Writes, next to this script:
  mentions.csv  - one week of mentions (2026-11-16 .. 2026-11-22), RFC 4180 CSV
  live.jsonl    - a "live" stream, mostly 2026-11-21 and 2026-11-22, JSON Lines

Deterministic: standard library only, fixed random seed. Re-running produces
byte-identical files.  Usage:  python3 SampleFeeds/generate_samples.py

Everything here is fictional: brand, people, accounts, ids and URLs.
"""

import csv
import datetime as dt
import io
import json
import math
import os
import random
import re
import sys
import unicodedata
from collections import Counter

SEED = 20261121
rng = random.Random(SEED)

OUT_DIR = os.path.dirname(os.path.abspath(__file__))
CSV_PATH = os.path.join(OUT_DIR, "mentions.csv")
JSONL_PATH = os.path.join(OUT_DIR, "live.jsonl")

FIELDS = ["id", "created_at", "platform", "author", "author_name", "followers",
          "verified", "kind", "text", "likes", "shares", "replies", "lang",
          "url", "sentiment", "parent_id"]

PLATFORMS = ["x", "instagram", "facebook", "reddit", "youtube", "mastodon",
             "bluesky", "forum"]

UTC = dt.timezone.utc
WEEK_START = dt.datetime(2026, 11, 16, 0, 0, tzinfo=UTC)
WEEK_END = dt.datetime(2026, 11, 22, 23, 59, tzinfo=UTC)       # inclusive
CRISIS_START = dt.datetime(2026, 11, 21, 15, 0, tzinfo=UTC)
CRISIS_MINUTES = 120                                            # 15:00-17:00

TARGET_CSV_ROWS = 260
TARGET_JSONL_ROWS = 140
LANG_SHARE = {"en": 0.55, "es": 0.15, "de": 0.15, "fr": 0.15}

# ---------------------------------------------------------------------------
# Text pools for ordinary (non-crisis) mentions.
# Category decides the true sentiment and, for review/message, the kind.
# An entry is either a plain string or (string, {"platform": ..., "kind": ...}).
# Every entry is used at most once across both files.
# ---------------------------------------------------------------------------

POOL = {
    "en": {
        "praise": [
            "Kettlebird One has genuinely changed my mornings. Set it to 80° for green tea, walk away, done ☕",
            "ok the Kettlebird Mini is tiny and adorable and boils a mug in like 90 seconds 😍 #kettlebird",
            "Three weeks with the Kettlebird One. Quiet, holds temp, the keep-warm actually works. No notes.",
            "my flatmate bought a Kettlebird One and now we fight over who gets to press the button. 10/10 domestic drama",
            "Shoutout to @kettlebird support, replaced my cracked base in 4 days, no questions asked 👍",
            "The 'oolong' preset on the Kettlebird app is weirdly perfect. 85°, not a degree off. #teatime",
            "Gift idea for the tea person in your life: Kettlebird Mini. Got one for my mum and she's obsessed",
            "honestly didn't think a kettle could spark joy but here we are 🍵",
            "The matte black Kettlebird One looks so good on my counter I keep cleaning around it instead of using it lol",
            "Scheduled the Kettlebird to start at 6:40 so the water's ready when I stumble into the kitchen. living in the future",
            "Brewed a proper gyokuro at 60° for the first time thanks to the Kettlebird One. Tastes completely different, wow",
            ("Kettlebird Mini fits perfectly in the camper van. Runs fine off our inverter too 🚐☕", {"platform": "instagram"}),
            "Pour-over people: the gooseneck on the Kettlebird One is legit. Flow control is 👌",
            "Been using mine daily since March, zero limescale issues with the filter. Impressed.",
            "Finally retired my 15-year-old kettle for a Kettlebird One. She served well. The new one is so much quieter.",
            "the little chime when the Kettlebird hits temperature is the most wholesome sound in my flat",
            "Not sponsored, I just really like my kettle. @kettlebird you did good 🔥",
            "My dad (78) figured out the Kettlebird app on his own. That's the review.",
            "Kettlebird One + a bag of Darjeeling first flush = my whole personality this week",
            "Switched from a stovetop kettle to the Mini and my electricity bill didn't explode like I expected. Pleasant surprise.",
            "Can confirm the Kettlebird Mini survives being dropped off a counter by a toddler. Ask me how I know 😅",
            "Love that the Kettlebird app shows how many litres I've boiled this month. 41. I have a problem. #teatime",
            "Kettlebird One keep-warm mode is carrying me through this deadline week ❤️",
            ("the Kettlebird Mini in sage green 😍😍 ordered before I could talk myself out of it", {"platform": "instagram"}),
            "My barista friend tried my Kettlebird One and immediately asked where to buy one. Highest praise.",
            "It's a kettle. It boils water. But it does it beautifully, quietly, and at exactly 93°. Fine, I'm a convert.",
            "Day 2 with the Kettlebird Mini: it's cute, it's fast, the cat is scared of the chime",
            "Was skeptical about an app for a kettle but the temp presets are actually useful for white tea",
            "Set up the Kettlebird One in under five minutes, app paired first try. Rare W for smart home stuff",
            "Kettlebird customer service on Instagram DMs replied within the hour on a Sunday. Respect.",
            "thank you @kettlebird for making the lid open slowly instead of flinging boiling steam at my face like my old one",
            "my tea game went from teabag-in-mug to actual loose leaf because of this kettle. Kettlebird, you've created a monster 🍵",
            "Kettlebird Mini is the right size for one person. No more boiling a full litre for one cup.",
            "the descaling reminder in the app is honestly so helpful, I'd never have remembered",
            "Rainy afternoon, Earl Grey, Kettlebird humming away. Perfect.",
            "Gave the Kettlebird One to my sister for her birthday and she texted me a voice note just saying 'THE CHIME'",
            "Kettlebird One is the first gadget in years that just works. No firmware drama, no subscription. Keep it that way pls",
            "Okay whoever designed the Kettlebird handle deserves a raise. Perfect grip, doesn't get hot.",
            "Made French press at 94° instead of straight-off-the-boil and it's noticeably less bitter. Kettlebird paying for itself.",
            "Mini is now officially part of my desk setup 🍵 #wfh #kettlebird",
            "Tea shop owner here: we sell the Kettlebird Mini at the counter now and it's our best seller this month",
            "no bc why is the Kettlebird Mini so cute 😭",
            "Just made hot chocolate for the kids with the Kettlebird at 70° so nobody burns their tongue. Parenting hack 🍫",
            "The Mini is the only appliance my tiny studio has room for and it's earning its spot every single day",
            "Kettlebird One arrived in recyclable packaging, no plastic at all. Small thing, but noticed 🌿",
            "Honestly the best part of the Kettlebird app is the brew timer. My tea stopped being stewed.",
            "Bought a second Kettlebird Mini for the office so I stop carrying mine back and forth lol",
            "Three cups of sencha in and I'm convinced temperature control isn't a gimmick. Kettlebird One, you win",
            "Kettlebird One + Chemex on a cold morning. Nothing better ☕",
            "First smart home device my partner didn't complain about. That alone is worth five stars",
            "Got the Kettlebird Mini on sale last week and it's already the most used thing in the kitchen",
            "Love the low-water warning on the One. Saved me from boiling it empty twice already",
            "Tea ceremony club at uni bought a Kettlebird One for the society room. Members are thrilled 🍵",
            "Descaled my Kettlebird for the first time, took 20 min, looks brand new. Easier than I feared",
            "the oat colour Kettlebird Mini matches my kitchen tiles perfectly and I will not be taking questions",
            "rooibos at 100, sencha at 70, white at 80 — my Kettlebird presets are basically a personality test",
            "Kettlebird helpdesk sorted out my account problem in one email. Quick and friendly 👍",
            "My grandma calls it 'the clever kettle' and uses it more than her phone ❤️",
            "the Kettlebird One pours so cleanly I finally stopped dribbling water all over the counter",
            "Wife got me a Kettlebird One for our anniversary. Romance isn't dead, it's just 85 degrees.",
            "Ordered Monday, arrived Wednesday, set up in 5 min. Kettlebird One is lovely. Not every delivery story is a horror story 😄",
            ("Tip for anyone with hard water:\n1. fill to max with water + 2 tbsp citric acid\n2. boil, switch off, wait 20 min\n3. rinse twice\nMy Kettlebird One looks brand new again.", {"platform": "forum", "kind": "post", "file": "csv"}),
            ("Kettlebird One, 6 months in - honest review\n\nPros: accurate temps, quiet, the gooseneck pours beautifully\nCons: app login breaks every other update, filters always out of stock\n\n8/10, would buy again but mostly because I ignore the app", {"platform": "reddit", "kind": "post", "file": "jsonl"}),
        ],
        "slang": [
            "kettlebird mini lowkey the best thing I bought this year no cap ☕",
            "ngl the kettle app is kinda mid but the kettle itself slaps",
            "POV: you said 'just one more tea' 6 teas ago #teatime #kettlebird",
            "me: I don't need a smart kettle. also me, 3am: adds Kettlebird One to cart",
            "tea girlies where are we on the kettlebird mini, is it worth it",
            "@hannah_brews you were right about the kettlebird, it's so good",
            "the way I just said 'thank you' out loud to my kettle when it chimed 💀",
            "Took my Kettlebird Mini to Kyoto 京都 and made 抹茶 in the hotel room ☕ so good",
            "My Korean host mum calls the Kettlebird One '똑똑한 주전자' (smart kettle) and honestly same",
        ],
        "question": [
            "how do I descale the Kettlebird One? manual says 'use descaler' but which one?? #kettlebird",
            "Does the Kettlebird Mini work on 110V or is it EU only? Asking before I buy for my brother in the US",
            "@kettlebird is there a way to turn off the chime? love the kettle, my sleeping partner does not",
            "Anyone know if the Kettlebird One filter is dishwasher safe?",
            "Where can I buy replacement filters for the Kettlebird Mini in the UK? Amazon only has knockoffs",
            "Is the Kettlebird app available for Android tablets? Can't find it on the Play Store on my Galaxy Tab",
            "What temperature do you all use for matcha? Kettlebird preset says 80 but I've seen 70 recommended",
            "Quick q: can the Kettlebird One keep water warm for more than 30 minutes? Can't find a setting",
            "Does the Kettlebird Mini have auto shut-off if it boils dry? Asking for my forgetful self",
            ("Anyone tried the Kettlebird One with Home Assistant? Is there a local API or is it cloud only?", {"platform": "reddit", "kind": "post"}),
            "Thinking about getting a Kettlebird One vs the Fellow Stagg. Anyone owned both? Worth the price difference?",
            "My Kettlebird app shows 'firmware 2.4.1 available' but the update keeps stalling at 60%. Any tips?",
            "Is it normal for the Kettlebird One to make a clicking sound while keeping warm?",
            "@kettlebird when is the Mini coming back in stock in white? Been waiting weeks",
            "Can I use the Kettlebird One without the app at all? Don't love giving a kettle my email tbh",
            "How long is the warranty on the Kettlebird Mini? The box says 2 years, website says 1",
            "does anyone know if Kettlebird ships to Ireland? checkout won't accept my Eircode",
            "Vinegar or citric acid for descaling a Kettlebird? Don't want to void anything",
            "What's the actual capacity of the Kettlebird Mini? 0.6L or 0.8L? Reviews disagree",
            "Is there a way to share one Kettlebird with two phones? My partner wants to start it from bed too",
            "@kettlebird does the One work with Alexa or only Google Home?",
            "Does the Black Friday discount on the Kettlebird One stack with the student code?",
            "Anyone else's Kettlebird display showing °F after the update? How do I switch back to Celsius?",
            ("hey r/tea, is a temperature-control kettle actually worth it for a beginner or am I being marketed to", {"platform": "reddit", "kind": "post"}),
            "Which size should I get for a family of four, the One or the Mini? Mostly tea, some pour-over",
            "Is the inside of the Kettlebird One stainless steel or is there plastic touching the water?",
            "how do you pair the Kettlebird app with a 5GHz network? keeps failing",
            "Any idea what error E4 means on the Kettlebird One? It beeps three times and stops heating",
            "Is the Kettlebird Mini loud? Thinking of it for a shared office",
            "Where is the Kettlebird One made? Box only says 'designed in Europe'",
            "Can the Kettlebird app show temps in both °C and °F? Asking for an American roommate",
            ("What does \"Eco boil\" actually do on the Kettlebird One? Saves 10 seconds and 2 watts?", {"file": "csv"}),
        ],
        "complaint": [
            "Ordered a Kettlebird One on the 3rd, still 'processing' today. @kettlebird what's going on?",
            "Lid on my Kettlebird Mini snapped at the hinge after 2 months. Plastic feels cheap for the price tbh",
            "Can't log in to the Kettlebird app since yesterday. 'Session expired' loop. Reinstalled twice. 😡",
            "Requested a refund 12 days ago, still nothing. The chat bot just keeps sending me the FAQ.",
            "Kettlebird One arrived with a dent and a broken lid latch. Box was fine, so this happened at the factory?",
            "The app now needs an account AND location permission to boil water. Hard pass. Give us offline mode.",
            "my kettle decided to forget all its presets overnight. love that for me",
            "Two-factor code for the Kettlebird app never arrives. Tried 5 times. Locked out of my own kettle.",
            "DPD says delivered. It was not delivered. Kettlebird says talk to DPD. DPD says talk to Kettlebird. Cool.",
            "The keep-warm on the Mini is way too loud, it clicks every 20 seconds. Unusable at night.",
            "Paid for express shipping, got it 9 days later. Would like my €7.99 back please @kettlebird",
            "lid gasket started leaking after a month. water everywhere on the counter. not great",
            "Kettlebird app keeps logging me out every time I close it. iOS 19. Anyone found a fix?",
            "Waited 40 minutes on the support line to be told to 'unplug it and plug it back in'.",
            "The Kettlebird One's water window is so faint I can't see the level without a torch",
            "Stop emailing me 3 times a day about Black Friday, I already bought the kettle 🙃",
            "Filters out of stock for 6 weeks now. What's the point of a filter kettle without filters?",
            "The Kettlebird Mini's base scratched my wooden worktop. Maybe add rubber feet?",
            "App update removed the custom temperature slider?? Now only presets. Why would you do that",
            "@kettlebird I've sent 3 emails about my broken unit and got zero replies. Order KB-48213.",
            "Plastic smell from my new Kettlebird One won't go away after 10 boils. Is this normal??",
            "Returned my Kettlebird, they charged me a €15 restocking fee they never mentioned. Not happy.",
            "Brand new Kettlebird One, switch already sticks. Have to press it twice every time.",
            "So I need to update the firmware of my kettle before I can make tea. It's 7am. Please.",
            "Mine stopped connecting to wifi after the router change and there's no way to reset it in the app 😤",
            "The 'smart' scheduling doesn't respect daylight saving. Kettle boiled at 5:40 instead of 6:40.",
            ("Customer service told me the lid crack is \"cosmetic\". Steam comes out of it. That is not cosmetic.", {"file": "csv"}),
            "bought the Mini as a gift, it arrived with a UK plug instead of EU. now I need an adapter for a brand new kettle",
            "Honestly disappointed. For €129 I expected the lid not to wobble.",
            "third replacement filter that doesn't click in properly. starting to think it's the kettle",
            "support ticket closed as 'resolved'. nothing was resolved. reopening for the 2nd time",
        ],
        "sarcasm": [
            "Love how my Kettlebird needs a firmware update more often than my phone. Truly a kettle for our times.",
            "Nothing says 'smart kitchen' like a kettle that needs wifi to tell me it's boiling. Genius. 🙄",
            "great, the kettle app wants me to rate my tea experience. 5 stars for water, I guess",
            "Kettlebird: the only kettle that sends push notifications. Exactly what I was missing in life.",
            "oh cool the app has dark mode now. still can't log in, but at least the error message is in dark mode",
            "Day 14 of waiting for my 'next day delivery' Kettlebird Mini. I've learned to boil water in a pan. Growth.",
            "Shoutout to my Kettlebird for teaching me patience. 3 weeks for a lid replacement. Very zen.",
            "My kettle has a privacy policy. Let that sink in.",
            ("The app calls 100°C \"Black tea mode\". It's water. It's just hot water, mate.", {"file": "jsonl"}),
        ],
        "neutral": [
            "Kettlebird announces Black Friday pricing: Kettlebird One down to €99, Mini to €59, from Nov 24.",
            ("Review: Kettlebird Mini - small, fast, a bit pricey. Full write-up on the blog, link in bio.", {"platform": "instagram", "kind": "post"}),
            "Kettlebird app version 3.2 rolls out with new presets and a redesigned home screen",
            "Comparing 6 temperature-control kettles this week. Kettlebird One, Fellow Stagg, Bonavita, Cosori... results Friday",
            "Kettlebird opening a pop-up store in Berlin Mitte for the holidays, according to their newsletter",
            ("New video: I tested the Kettlebird One's temperature accuracy with a thermocouple. Spoiler: within 1.5°C", {"platform": "youtube", "kind": "post"}),
            "Kettlebird is hiring firmware engineers in Lisbon, per their LinkedIn. Expansion?",
            "Kettlebird Mini now available in sage green and 'oat'. Same specs, new colours.",
            "Unboxing the Kettlebird One on stream tonight at 8pm, bring your questions",
            "Kettlebird's sustainability report says 70% recycled aluminium in the One's body. Interesting if true.",
            "Kettlebird teamed up with a Japanese tea house for a limited gyokuro set. Drops Thursday.",
            "Spotted a Kettlebird One in the background of a cooking show last night lol product placement everywhere",
            "Kettlebird One vs Mini spec sheet for anyone deciding: 1.2L vs 0.6L, 2200W vs 1500W, both 40–100°C",
            ("weekly tea roundup: new oolongs, a kettle price drop (Kettlebird), and why your matcha is bitter", {"platform": "mastodon", "kind": "post"}),
            "The Kettlebird One boils 1L in about 2:40 in my test, for anyone asking. Mini does 0.5L in 1:50.",
            "Kettlebird One is on sale at MediaMarkt for €109 this week, if anyone was waiting",
            "Interesting thread on how the Kettlebird One measures temperature: NTC sensor under the base plate, two readings per second",
            "Kettlebird newsletter says filters are back in stock on the EU store from Nov 25",
            "Saw the Kettlebird Mini at John Lewis today, they had a demo unit running. Smaller than I expected.",
            "Someone posted a Kettlebird One teardown, repairability looks decent: screws, not glue",
        ],
        "review_pos": [
            "★★★★★ Bought the One for pour-over. Accurate temps, beautiful gooseneck, app optional. Exactly what I wanted.",
            "5/5. Mini is perfect for my office. Fast, quiet, looks great. Only wish the cable was longer.",
            "★★★★☆ Great kettle, slightly fussy app. Once set up I barely open it.",
            "Four stars. Holds temperature well, chime is a bit loud, filter is easy to clean.",
            "Best kitchen purchase this year, and I bought an air fryer. Kettlebird One, 5 stars.",
            "★★★★★ Replaced a €20 kettle with the Mini. Tea tastes better at the right temps, no joke.",
            "Solid. Heats fast, clean design, nothing rattles. Would buy again.",
        ],
        "review_neg": [
            "★★☆☆☆ Lovely design but the lid latch broke in week 3. Replacement took a month.",
            "1 star. Arrived damaged, refund took 5 weeks, and support was robotic the whole time.",
            "2/5 – kettle is fine, app is a disaster. Logins fail constantly.",
        ],
        "review_neu": [
            "★★★☆☆ Does what it says. Not sure it's worth €129 over a basic kettle, but it's nice.",
            "3 stars: great hardware, average software, slow delivery.",
        ],
        "message_pos": [
            "Just wanted to say thank you for the replacement, it arrived today and works perfectly 🙏",
        ],
        "message_neg": [
            "Hello, my Kettlebird One lid won't close anymore. It's 5 months old. How do I claim the warranty?",
            "I've been charged twice for the same order. Please refund one of them. Order KB-50211.",
            "Good morning, my app says 'account not found' even though I registered with this email. Can you help?",
            "I want to cancel my order before it ships. It's been 'processing' for 8 days.",
        ],
        "message_neu": [
            "Hi! I ordered a Kettlebird Mini last week (order KB-51877) and wanted to check if I can still change the colour?",
            "Hey, do you have a student discount? Thanks!",
            "Hi there, is the Kettlebird One BPA free? Couldn't find it on the site.",
            "Do you ship to Norway? The shop page won't let me select it.",
            "Hello! Are the Mini filters compatible with the One?",
        ],
    },
    "es": {
        "praise": [
            "La Kettlebird Mini es una monada y hierve el agua en nada 😍☕",
            "Por fin una tetera eléctrica que mantiene la temperatura de verdad. Kettlebird One, 10/10",
            "Mi madre está encantada con la Kettlebird que le regalé. Dice que el pitido es 'muy educado' jajaja",
            "Con la Kettlebird One el té verde ya no me sale amargo. Quién lo iba a decir 🍵",
            "La atención al cliente de @kettlebird me cambió la tapa en 3 días. Así sí.",
            "Llevo un mes con la Kettlebird Mini en la oficina y todos mis compañeros la quieren 😂",
            "La app de Kettlebird es sencilla, la configuré en dos minutos. Y eso que yo soy un desastre con la tecnología",
            "Qué bonita queda la Kettlebird One en negro mate en la cocina 🔥",
            "Mate a 75° cada mañana gracias a la Kettlebird. Mi abuela uruguaya aprobaría 🧉",
            "Me encanta que la Kettlebird avise cuando toca descalcificar. En Madrid el agua es dura, pero no tanto como en Barcelona 😅",
            "Pues la Kettlebird Mini cabe perfecta en la autocaravana. Recomendadísima",
            "Hoy he hecho mi primer pour-over decente con la Kettlebird One. Estoy muy orgulloso, dejadme",
            "Primera vez que preparo un matcha como Dios manda. La Kettlebird a 75 °C y listo 🍵",
            "El verde salvia de la Kettlebird Mini es precioso, lo tenía que decir",
            "Regalo de cumpleaños para mi padre: Kettlebird One. Ahora me manda fotos de su té cada mañana 😂",
        ],
        "slang": [
            "La Kettlebird Mini es una pasada, tío 🔥",
            "me flipa la Kettlebird, de verdad, no puedo vivir sin ella",
            "🇪🇸 Desayuno con té, tostadas y la Kettlebird. ¡Buenos días a todos!",
        ],
        "question": [
            "¿Dónde compro filtros para la Kettlebird Mini? En la web pone agotado 😕",
            "¿Alguien sabe cómo descalcificar la Kettlebird One sin vinagre?",
            "@kettlebird ¿la Kettlebird One funciona con Alexa? Gracias",
            "¿La garantía en España es de 2 o de 3 años? Me he liado con lo de la nueva ley",
            "¿Se puede usar la Kettlebird sin la app? No quiero crear otra cuenta más",
            "¿A qué temperatura ponéis el té blanco? La app recomienda 80 pero no sé",
            "¿Alguien ha pedido la Kettlebird desde Canarias? ¿Cuánto tardó y cobraron aduanas?",
            "Pregunta tonta: ¿la Mini tiene apagado automático si se queda sin agua?",
            "¿La Kettlebird Mini hace mucho ruido? Es para la oficina",
            "¿Hay descuento de Black Friday en la Kettlebird Mini o me espero?",
        ],
        "complaint": [
            "Pedí la Kettlebird One hace dos semanas y sigue 'en preparación'. @kettlebird ¿qué pasa con los envíos?",
            "La tapa de mi Kettlebird Mini se ha roto a los tres meses. Para lo que cuesta, vaya tela 😡",
            "No puedo iniciar sesión en la app de Kettlebird desde la actualización. Me dice 'error de servidor' todo el rato",
            "Llevo 15 días esperando el reembolso. Nadie contesta los correos.",
            "El repartidor dejó la caja en la portería y llegó con la tapa abollada. Un desastre.",
            "La Kettlebird hace un clic-clic-clic en modo mantener caliente que no me deja dormir",
            "Me cobraron el envío exprés y tardó 10 días. Quiero que me devuelvan la diferencia.",
            "La junta de la tapa gotea. Encimera empapada cada mañana. Muy mal.",
            "Atención al cliente por chat: 45 minutos para que me digan que la reinicie. Gracias, eh",
            "Tercera vez que la app pierde mis ajustes de temperatura. ¿Para qué quiero una tetera 'inteligente'?",
        ],
        "sarcasm": [
            "Nada como tener que actualizar el firmware de la tetera antes del desayuno. El futuro era esto 🙃",
            "Mi tetera tiene política de privacidad. Repito: mi TETERA.",
        ],
        "neutral": [
            "Kettlebird baja la One a 99 € por el Black Friday, según su newsletter",
            ("He comparado la Kettlebird One con la Cosori y la Bonavita. Vídeo el viernes en el canal", {"platform": "youtube", "kind": "post"}),
            "Kettlebird abre tienda temporal en Madrid en diciembre, en la calle Fuencarral",
            "Nueva versión de la app de Kettlebird con modo oscuro y nuevos programas",
            "La Kettlebird One está rebajada en El Corte Inglés esta semana, por si alguien la quería",
        ],
        "review_pos": [
            "★★★★★ Calienta rapidísimo, la temperatura es exacta y queda preciosa. Muy contenta.",
            "4 estrellas. Muy buena, aunque el cable podría ser más largo.",
        ],
        "review_neg": [
            "★★☆☆☆ Bonita, pero la tapa cruje y la app falla bastante.",
        ],
        "review_neu": [
            "★★★☆☆ Cumple, pero por ese precio esperaba algo más robusto.",
        ],
        "message_neg": [
            "Buenas, mi Kettlebird One no enciende desde ayer. ¿Cómo tramito la garantía?",
            "Me habéis cobrado dos veces el mismo pedido, por favor revisadlo.",
        ],
        "message_neu": [
            "Hola, hice un pedido (KB-49320) y quería cambiar la dirección de envío. ¿Es posible?",
            "¡Hola! ¿Enviáis a México?",
        ],
    },
    "de": {
        "praise": [
            "Der Kettlebird One ist der erste smarte Wasserkocher, der nicht nervt. Leise, präzise, schön. ☕",
            "Grüntee bei 70 Grad, ohne Thermometer. Danke Kettlebird 🍵",
            "Hab meiner Oma den Kettlebird Mini geschenkt. Sie nennt ihn jetzt 'das Vögelchen' 😂❤️",
            "Der Support von @kettlebird hat mir innerhalb von 48 Stunden einen neuen Deckel geschickt. Top!",
            "Kettlebird Mini im Büro: kleiner Kocher, große Wirkung. Die Kollegen sind neidisch.",
            "Endlich kein Kalk mehr im Tee, der Filter vom Kettlebird macht echt was aus. Hier in München wichtig!",
            "Warmhaltefunktion vom Kettlebird One ist Gold wert im Homeoffice. #teatime",
            "Muss zugeben: Die App ist übersichtlicher als gedacht. Voreinstellungen für Oolong, Sencha, Rooibos – läuft.",
            "Kettlebird One in Mattschwarz 😍 passt perfekt zur Küche.",
            "Morgens um 6:30 automatisch heißes Wasser. Ich liebe diesen Wasserkocher einfach.",
            "Kettlebird ist ehrlich gesagt der einzige Wasserkocher, über den ich je eine Bewertung geschrieben hab. Sagt alles.",
            "Ich trinke jetzt tatsächlich losen Tee statt Beutel. Schuld ist der Kettlebird 🍵",
            "Matcha endlich richtig hinbekommen: Kettlebird auf 75 °C und los 🍵",
            "Der Kettlebird Mini in Salbeigrün ist einfach schön, muss man mal sagen",
            "Geburtstagsgeschenk für Papa: Kettlebird One. Jetzt schickt er mir jeden Morgen ein Foto von seinem Tee 😂",
            ("Kurzes Fazit nach 4 Wochen Kettlebird Mini:\n+ schnell, leise, hübsch\n- Filter schwer zu bekommen\n- App will ständig ein Update\nTrotzdem: würde ihn wieder kaufen.", {"platform": "forum", "kind": "post", "file": "csv"}),
        ],
        "slang": [
            "Digga, der Kettlebird Mini ist so nice, ich trink jetzt 8 Tees am Tag 😂",
            "Kettlebird One ist einfach ein Ehrenmann unter den Wasserkochern",
            ("🇩🇪 Ostfriesentee mit Kandis und der Kettlebird. Mehr braucht's nicht.", {"file": "csv"}),
        ],
        "question": [
            "Wie verbinde ich die App mit dem Kettlebird One? Bluetooth findet nichts 🤔",
            "Weiß jemand, wo man Ersatzfilter für den Kettlebird Mini bekommt? Überall ausverkauft.",
            "@kettlebird Funktioniert der Kettlebird One auch mit Google Home?",
            "Wie entkalke ich den Kettlebird am besten? Zitronensäure oder Essig?",
            "Kann man den Signalton abschalten? Meine Freundin wird davon morgens wach.",
            "Lohnt sich der Kettlebird One gegenüber dem Mini für einen 2-Personen-Haushalt?",
            "Hat jemand Erfahrung mit dem Kettlebird und FritzBox-WLAN? Kopplung bricht immer bei 80 % ab",
            "Gibt's beim Kettlebird eine Kindersicherung? Kleiner Mann (3) drückt alles, was leuchtet",
            "Wie lange hält die Warmhaltefunktion? In der Anleitung steht nichts dazu.",
            "Ist der Kettlebird Mini laut? Überlege, ihn fürs Büro zu holen",
        ],
        "complaint": [
            "Seit dem Update kann ich mich nicht mehr in die Kettlebird-App einloggen. 'Sitzung abgelaufen' in Dauerschleife 😡",
            "Bestellung vor 12 Tagen, Status immer noch 'in Bearbeitung'. @kettlebird was ist da los?",
            "Deckel beim Kettlebird Mini nach 2 Monaten abgebrochen. Für 69 € echt schwach.",
            "Erstattung seit drei Wochen beantragt, keine Reaktion. Langsam werde ich sauer.",
            "DHL sagt zugestellt, Paket nirgends. Kettlebird verweist auf DHL. Na toll.",
            "Der Kettlebird One riecht auch nach 15 Mal Aufkochen noch nach Plastik. Normal?",
            "Warum brauche ich ein Konto und Standortfreigabe, um Wasser zu kochen?? Datensparsamkeit geht anders.",
            "Die Dichtung am Deckel tropft. Jeden Morgen eine Pfütze auf der Arbeitsplatte.",
            "Kundenservice-Hotline: 35 Minuten Warteschleife, dann aufgelegt. Danke für nichts.",
            "Geliefert mit britischem Stecker. In Köln. Ernsthaft?",
        ],
        "sarcasm": [
            "Mein Wasserkocher braucht ein Firmware-Update. Ich wiederhole: mein WASSERKOCHER. Digitalisierung in Deutschland, läuft 🙃",
            ("Die App nennt 100 °C \"Schwarztee-Modus\". Es ist Wasser. Heißes Wasser. Aber schön, dass wir drüber geredet haben.", {"file": "csv"}),
        ],
        "neutral": [
            "Kettlebird eröffnet Pop-up-Store in Berlin-Mitte, ab 1. Dezember laut Newsletter",
            "Test: Wir haben den Kettlebird One mit einem Thermoelement nachgemessen – Abweichung unter 2 °C.",
            "Kettlebird senkt zum Black Friday die Preise: One für 99 €, Mini für 59 €",
            "Neue Version der Kettlebird-App (3.2) ist da, mit neuen Voreinstellungen",
            "Kettlebird One diese Woche bei Saturn reduziert, falls jemand drauf gewartet hat",
        ],
        "review_pos": [
            "★★★★★ Schnell, leise, exakte Temperatur. Für Teetrinker eine klare Empfehlung.",
            "4 Sterne – super Gerät, die App ist etwas umständlich.",
        ],
        "review_neg": [
            "★★☆☆☆ Schönes Design, aber der Deckelverschluss ist nach 4 Wochen kaputt gegangen.",
        ],
        "review_neu": [
            "★★★☆☆ Solide, aber zu teuer für das, was es ist.",
        ],
        "message_neg": [
            "Hallo, ich habe doppelt bezahlt (Bestellung KB-50874). Können Sie das bitte prüfen?",
            "Guten Tag, mein Kettlebird One heizt nicht mehr. Wie läuft die Garantieabwicklung?",
            "Kann ich meine Bestellung noch stornieren? Sie ist seit 6 Tagen nicht versendet.",
        ],
        "message_neu": [
            "Hi, liefert ihr auch in die Schweiz?",
        ],
    },
    "fr": {
        "praise": [
            "La Kettlebird Mini est trop mignonne et l'eau bout en un rien de temps 😍",
            "Enfin un thé vert qui n'est pas amer ! Merci la Kettlebird One et ses 70 °C 🍵",
            "J'ai offert une Kettlebird à ma mère, elle me remercie tous les matins ☕❤️",
            "Le SAV de @kettlebird m'a remplacé le couvercle en 3 jours. Chapeau.",
            "La fonction maintien au chaud de la Kettlebird One, c'est la vie en télétravail.",
            "Franchement, l'appli Kettlebird est simple. Même mon père s'en sert.",
            "Ma Kettlebird One noire mat fait sensation dans la cuisine 🔥",
            "Le petit bip quand l'eau est prête… je suis fan. #teatime",
            "Kettlebird Mini au bureau = plus besoin de faire la queue à la bouilloire commune",
            "Depuis la Kettlebird je bois du thé en vrac. Je ne me reconnais plus 😂",
            "Café filtre à 93 °C pile, c'est le jour et la nuit. Merci Kettlebird.",
            "Top la Kettlebird One, silencieuse et précise. Je recommande à 100 %.",
            "Premier matcha réussi ! Kettlebird à 75 °C et c'est parti 🍵",
            "Le vert sauge de la Kettlebird Mini est magnifique, il faut le dire",
            "Cadeau d'anniversaire pour mon père : une Kettlebird One. Depuis, il m'envoie une photo de son thé chaque matin 😂",
            ("Bilan après un mois avec la Kettlebird One :\n✔️ température précise\n✔️ très silencieuse\n❌ appli capricieuse\nJe recommande quand même !", {"platform": "facebook", "kind": "post"}),
        ],
        "slang": [
            "Franchement la Kettlebird Mini c'est une dinguerie 🔥",
            "Pluie, thé, Kettlebird. 🇫🇷 Rien d'autre à déclarer.",
            "ptdr mon chat a peur du bip de la bouilloire 😂",
        ],
        "question": [
            "Comment régler la température sur la Kettlebird One sans passer par l'appli ?",
            "Où trouver des filtres de rechange pour la Kettlebird Mini ? Tout est en rupture 😕",
            "@kettlebird la Kettlebird One est-elle compatible avec Google Home ?",
            "Comment détartrer la Kettlebird ? Vinaigre blanc ou acide citrique ?",
            "Est-ce qu'on peut couper le bip ? Mon bébé se réveille à chaque fois…",
            "Quelqu'un a réussi à connecter la Kettlebird à une box Free ? L'appairage échoue",
            "La garantie Kettlebird, c'est 2 ans en France ?",
            "Vous mettez le thé blanc à quelle température ? L'appli dit 80 °C",
            "Kettlebird One ou Mini pour un couple qui boit beaucoup de thé ?",
            "La Kettlebird Mini est-elle bruyante ? C'est pour le bureau",
        ],
        "complaint": [
            "Commande passée il y a 10 jours, toujours « en préparation ». @kettlebird c'est une blague ?",
            "Le couvercle de ma Kettlebird Mini a cassé au bout de 2 mois. À ce prix-là, franchement…",
            "Impossible de me connecter à l'appli Kettlebird depuis la mise à jour 😡",
            "J'attends mon remboursement depuis trois semaines. Aucune réponse du service client.",
            "Colis marqué livré par Colissimo, jamais reçu. Kettlebird me renvoie vers La Poste. Génial.",
            "Odeur de plastique persistante sur ma Kettlebird One neuve. C'est normal ?",
            "Pourquoi l'appli demande ma localisation pour faire bouillir de l'eau ??",
            "Le joint du couvercle fuit, flaque d'eau tous les matins. Déçue.",
            "Service client : 40 minutes d'attente pour qu'on me dise de la débrancher et rebrancher.",
            "Livrée avec une prise anglaise. À Lyon. Sérieusement ?",
        ],
        "sarcasm": [
            "Ma bouilloire a besoin d'une mise à jour. Ma BOUILLOIRE. On vit une époque formidable 🙃",
            "Bravo Kettlebird, l'appli a un mode sombre. On ne peut toujours pas se connecter, mais c'est joli.",
        ],
        "neutral": [
            "Kettlebird baisse la One à 99 € pour le Black Friday, d'après leur newsletter",
            "Test complet de la Kettlebird Mini sur le blog : rapide, compacte, un peu chère.",
            "Kettlebird ouvre une boutique éphémère à Paris (Marais) pour les fêtes",
            "La version 3.2 de l'appli Kettlebird est disponible avec de nouveaux préréglages",
            "La Kettlebird One est en promo à la Fnac cette semaine, pour ceux qui attendaient",
        ],
        "review_pos": [
            "★★★★★ Rapide, silencieuse, température précise. Parfaite pour le thé japonais.",
            "4 étoiles : très bien, mais l'appli est un peu lourde.",
        ],
        "review_neg": [
            "★★☆☆☆ Jolie mais le loquet du couvercle a lâché en un mois.",
        ],
        "review_neu": [
            "★★★☆☆ Correcte, mais chère pour une bouilloire.",
        ],
        "message_neg": [
            "Bonjour, j'ai été débité deux fois pour la commande KB-50112. Pouvez-vous vérifier ?",
            "Bonjour, ma Kettlebird One ne chauffe plus. Comment faire jouer la garantie ?",
            "Est-il possible d'annuler ma commande ? Elle n'est toujours pas expédiée.",
        ],
        "message_neu": [
            "Bonjour ! Livrez-vous en Belgique ?",
        ],
    },
}

CATEGORY_SENTIMENT = {
    "praise": "pos", "slang": "pos", "question": "neu", "complaint": "neg",
    "sarcasm": "neg", "neutral": "neu", "review_pos": "pos", "review_neg": "neg",
    "review_neu": "neu", "message_pos": "pos", "message_neg": "neg",
    "message_neu": "neu",
}

# A few texts in other scripts; the language tag is left empty on these.
CJK_TEXTS = [
    ("csv", "ja", "Kettlebird Miniを買いました！お湯がすぐ沸くし、デザインもかわいい🍵", "pos"),
    ("csv", "ko", "케틀버드 원 온도 설정이 정말 정확해요. 녹차 맛이 달라졌어요 👍", "pos"),
    ("jsonl", "zh", "Kettlebird 的 app 一直登录不了，有人遇到同样的问题吗？", "neg"),
]

# Replies used to build conversations (parent_id chains), by language and topic.
THREAD_REPLIES = {
    "en": {
        "descale": ["Citric acid, 2 tbsp in a full kettle, boil, let it sit 20 min, rinse twice. Mine looks new.",
                    "Don't use vinegar, the manual says it can damage the gasket. Citric acid is fine."],
        "wifi": ["Hold the power button for 5 seconds until the ring blinks blue, that resets the wifi",
                 "It only does 2.4GHz. Had to split my router bands to get it to pair"],
        "chime": ["Settings > Sounds in the app. Took me ages to find it too",
                  "you can turn it off but honestly the chime is the best part"],
        "filters": ["They're on the EU shop but not the UK one, weirdly. Ships in 3 days",
                    "I emailed support and they sent me two for free tbh"],
        "login": ["Same issue since Thursday. Logging out on the website first fixed it for me",
                  "Try the reset password flow, the 'session expired' thing went away after that"],
        "delivery": ["+1, mine's been stuck on 'processing' since the 8th",
                     "Did they ever get back to you? Same boat here",
                     "DM them on Instagram, they answered me way faster than email"],
        "agree": ["Had the exact same thing happen. Support sorted it after I sent a photo of the serial number",
                  "same here, thought it was just me",
                  "ugh, same. it's always the small stuff with them"],
        "pos": ["Agreed, best thing in my kitchen",
                "lol same, the cat hates the chime though",
                "Which colour did you get?"],
        "neu": ["Nice, been waiting for that", "Is that EU only?"],
    },
    "es": {
        "descale": ["Ácido cítrico: una cucharada, hierves y dejas reposar 20 minutos. Queda como nueva."],
        "wifi": ["Mantén pulsado el botón 5 segundos y se resetea el wifi. Ojo, que solo va a 2,4 GHz"],
        "filters": ["En la web europea sí hay, tardan unos 4 días"],
        "login": ["A mí me pasaba igual, cerré sesión en la web y se arregló"],
        "delivery": ["¡A mí me pasa lo mismo! Pedido del día 5 y nada",
                     "Escríbeles por Instagram, contestan mucho más rápido"],
        "agree": ["Totalmente, a mí me pasó lo mismo 😩", "Yo la devolví por eso"],
        "pos": ["¡Igual! La mía es verde salvia 😍", "Coincido, la mejor compra del año"],
        "neu": ["¿Eso vale también para Canarias?"],
    },
    "de": {
        "descale": ["Zitronensäure, ein Esslöffel, aufkochen, 20 Minuten stehen lassen, zweimal ausspülen. Klappt super."],
        "wifi": ["Der kann nur 2,4 GHz. Bei der FritzBox die Bänder trennen, dann klappt's."],
        "chime": ["Einstellungen > Töne in der App, da kann man ihn ausschalten."],
        "filters": ["Im EU-Shop gibt's die wieder, Lieferzeit ca. 3 Tage"],
        "login": ["Bei mir half: App löschen, neu installieren, Passwort zurücksetzen."],
        "delivery": ["Geht mir genauso 😩 seit dem 6. passiert nichts",
                     "Schreib ihnen auf Instagram, da antworten sie schneller."],
        "agree": ["Same here, leider. Hab ihn zurückgeschickt.", "Kann ich bestätigen, war bei mir genauso."],
        "pos": ["Geht mir genauso, will ihn nicht mehr hergeben 😄", "Welche Farbe hast du genommen?"],
        "neu": ["Gilt das auch für Österreich?"],
    },
    "fr": {
        "descale": ["Acide citrique, une cuillère, on fait bouillir et on laisse reposer 20 min. Nickel."],
        "wifi": ["Appuie 5 secondes sur le bouton, ça réinitialise le wifi. Et elle ne marche qu'en 2,4 GHz"],
        "chime": ["Dans l'appli : Réglages > Sons, tu peux couper le bip."],
        "filters": ["Il y en a sur le site européen, livraison en 4 jours"],
        "login": ["Pareil ! Je me suis déconnectée sur le site et ça a refonctionné"],
        "delivery": ["Pareil pour moi !! Commandée le 4, rien reçu",
                     "Écris-leur sur Instagram, ils répondent beaucoup plus vite."],
        "agree": ["Pareil, je l'ai renvoyée pour ça", "Même problème ici 😩"],
        "pos": ["Trop d'accord, je ne peux plus m'en passer", "Tu as pris quelle couleur ?"],
        "neu": ["C'est valable aussi en Belgique ?"],
    },
}

TOPIC_PATTERNS = [
    ("descale", r"descal|entkalk|détartr|limescale|citric|zitronen"),
    ("filters", r"filter|filtro|filtre"),
    ("chime", r"chime|\bbip\b|signalton|pitido"),
    ("login", r"log ?in|logging|einlogg|se connecter|me connecter|sesión|session|sitzung|two-factor"),
    ("wifi", r"wifi|wlan|5ghz|pair|verbind|appair|home assistant|fritz"),
    ("delivery", r"processing|deliver|shipping|envío|preparación|bestell|bearbeitung|commande|livr|dpd|dhl|colissimo|tracking"),
]

# ---------------------------------------------------------------------------
# Named accounts
# ---------------------------------------------------------------------------

NAMED = {
    # repeat authors / storylines
    "grumpy_brewer_mike": dict(name="Mike 🫖 (still waiting)", followers=212, verified=False, lang="en", platform="x"),
    "maria_teeliebe": dict(name="Maria 🍵 Teeliebe", followers=1840, verified=False, lang="de", platform="instagram"),
    "javi_matcha": dict(name="Javi 🍵🇪🇸", followers=964, verified=False, lang="es", platform="x"),
    "chloe.infuse": dict(name="Chloé ✨ infusions", followers=3120, verified=False, lang="fr", platform="instagram"),
    "teapot_tom": dict(name="teapot_tom", followers=37, verified=False, lang="en", platform="reddit"),
    # big accounts in the calm baseline
    "GadgetGrumbles": dict(name="Gadget Grumbles", followers=412000, verified=True, lang="en", platform="youtube"),
    "TheKitchenEditor": dict(name="The Kitchen Editor", followers=231500, verified=True, lang="en", platform="x"),
    "anna.eats": dict(name="Anna Eats 🍽️", followers=128400, verified=True, lang="en", platform="instagram"),
    # crisis accounts
    "sam_okafor_": dict(name="Sam Okafor", followers=2340, verified=False, lang="en", platform="x"),
    "TechPulseNews": dict(name="TechPulse", followers=1240000, verified=True, lang="en", platform="x"),
    "DailyBuzzNow": dict(name="Daily Buzz 🚨", followers=2000000, verified=True, lang="en", platform="x"),
    "ConsumerWatchUK": dict(name="Consumer Watch UK", followers=310200, verified=True, lang="en", platform="x"),
    "mira_chen_tech": dict(name="Mira Chen", followers=86300, verified=True, lang="en", platform="x"),
    "j_hartley_law": dict(name="Jonathan Hartley, Esq.", followers=58100, verified=True, lang="en", platform="x"),
    "SafeHomeHQ": dict(name="SafeHome HQ", followers=151000, verified=True, lang="en", platform="x"),
    "NoticiasTecES": dict(name="Noticias Tec 📱", followers=540000, verified=True, lang="es", platform="x"),
    "TechTickerDE": dict(name="TechTicker", followers=410000, verified=True, lang="de", platform="x"),
    "VerbraucherWacht": dict(name="VerbraucherWacht e.V.", followers=95400, verified=True, lang="de", platform="x"),
    "LeJournalDuNumerique": dict(name="Le Journal du Numérique", followers=620000, verified=True, lang="fr", platform="x"),
    # hostile-text authors
    "glitch_tester": dict(name="Glitch Tester", followers=42, verified=False, lang="en", platform="forum"),
    "tty_ghost": dict(name="tty ghost 👻", followers=318, verified=False, lang="en", platform="x"),
    "nora_finance": dict(name="Nora F.", followers=77, verified=False, lang="en", platform="forum"),
    "redshift_ansi": dict(name="Redshift", followers=1203, verified=False, lang="en", platform="x"),
    "old_terminal_joe": dict(name="Joe (old terminal)", followers=15, verified=False, lang="en", platform="forum"),
    "familia_garcia_te": dict(name="Familia García 👨‍👩‍👧", followers=486, verified=False, lang="es", platform="x"),
}

# Storylines: (file, handle, day, hh:mm, kind, text, sentiment, thread_to_previous)
STORYLINES = [
    ("csv", "grumpy_brewer_mike", 16, "08:14", "post", "Ordered my Kettlebird One on Nov 5th with 'express' shipping. Still nothing. @kettlebird tracking number please?", "neg", False),
    ("csv", "grumpy_brewer_mike", 17, "19:40", "post", "Day 12. Tracking says 'label created'. I could have walked to the warehouse by now. @kettlebird", "neg", False),
    ("csv", "grumpy_brewer_mike", 18, "12:05", "reply", "Support chat: 'your order is on its way 😊'. It is not on its way. It has never been on its way.", "neg", True),
    ("csv", "grumpy_brewer_mike", 19, "17:22", "post", "It ARRIVED. Lid is cracked. Of course it is. Photo attached. #kettlebird", "neg", False),
    ("csv", "grumpy_brewer_mike", 20, "09:10", "post", "Filed a refund request (KB-47730) for the broken kettle. Auto-reply says 5–7 business days. We'll see.", "neg", False),
    ("csv", "maria_teeliebe", 16, "16:30", "post", "Neues Familienmitglied: der Kettlebird One 🖤 Erster Sencha bei 70 °C, wie im Teeladen. #kettlebird #teatime", "pos", False),
    ("csv", "maria_teeliebe", 17, "07:45", "post", "Wie verbinde ich die App? Bluetooth sieht den Kocher, aber die Kopplung bricht ab. Hilfe 🙈 @kettlebird", "neu", False),
    ("csv", "maria_teeliebe", 17, "21:10", "post", "Update: hat geklappt! Man muss das 5-GHz-WLAN kurz ausschalten. Danke für eure Tipps ❤️", "pos", False),
    ("csv", "maria_teeliebe", 19, "15:02", "post", "Sonntag… äh, Donnerstag 😅 Genmaicha und Lebkuchen, der Kettlebird hält alles schön warm.", "pos", False),
    ("csv", "javi_matcha", 16, "11:20", "post", "¿Dónde compro filtros para la Kettlebird One? En la web pone agotado desde hace semanas 😕 @kettlebird", "neu", False),
    ("csv", "javi_matcha", 18, "18:45", "reply", "Nada, sigo sin filtros. ¿Alguien los ha visto en alguna tienda de Valencia?", "neg", True),
    ("csv", "javi_matcha", 20, "10:30", "reply", "¡Por fin! Filtros pedidos en la web europea. Gracias a quien me pasó el enlace 🙌", "pos", True),
    ("csv", "chloe.infuse", 16, "19:05", "post", "Comment régler la température ? Ma Kettlebird Mini reste bloquée à 100 °C 😅", "neu", False),
    ("csv", "chloe.infuse", 18, "08:20", "post", "Trouvé ! Appui long sur le bouton pour changer de mode. Thé blanc à 80 °C, parfait 🍵", "pos", False),
    ("csv", "chloe.infuse", 21, "10:15", "post", "Petit-déj du samedi : Kettlebird, thé blanc et croissants 🥐🇫🇷", "pos", False),
    ("csv", "teapot_tom", 17, "09:31", "post", "How do I descale the Kettlebird One properly? (hard water, London)\n\nMine has a white crust at the bottom after 2 months. Manual just says \"use descaler\". Vinegar? Citric acid? Will it void the warranty?", "neu", False),
    ("csv", "teapot_tom", 19, "20:12", "comment", "Update for anyone who finds this later: citric acid worked perfectly, 2 tbsp, 20 minutes, rinse twice. Thanks r/tea", "pos", True),
    ("jsonl", "teapot_tom", 22, "11:48", "comment", "Well, glad I descaled it before it tried to burn my flat down. Unplugged until Kettlebird says something.", "neg", False),
    ("csv", "GadgetGrumbles", 18, "16:00", "post", "Kettlebird One after 3 months: great kettle, TERRIBLE app. Watch before you buy.", "neg", False),
    ("csv", "TheKitchenEditor", 19, "13:25", "post", "Third time this month a reader has emailed me about Kettlebird deliveries going missing. @kettlebird, your customers deserve better than silence.", "neg", False),
    ("csv", "anna.eats", 20, "18:40", "post", "Cosy corner, Kettlebird Mini and a chai latte ☕ (gifted, but I genuinely use it every day) #ad #kettlebird", "pos", False),
]

# ---------------------------------------------------------------------------
# Crisis: 2026-11-21 15:00-17:00 UTC. minute = offset from 15:00 (exact), or a
# phase (random within a window). parent = key of another crisis item.
# ---------------------------------------------------------------------------
PHASES = {"fire": (4, 70), "breach": (24, 115), "news": (32, 105), "action": (30, 119)}

CRISIS = [
    # key, file, lang, platform, kind, author(None=new), when, parent, text, sentiment, metrics
    ("c1", "jsonl", "en", "x", "post", "sam_okafor_", 2, None,
     "My Kettlebird One just overheated and the lid literally caught fire. I was standing right next to it. Video below. @kettlebird what the hell?? 🔥🔥", "neg", (48210, 21950, 6380)),
    ("c2", "jsonl", "en", "x", "reply", None, 9, "c1",
     "@sam_okafor_ are you ok?? that's terrifying", "neg", None),
    ("c3", "csv", "en", "x", "post", None, "fire", None,
     "Wait the Kettlebird One lid can catch FIRE? I have one on right now. Unplugging it. #kettlebird", "neg", None),
    ("c4", "jsonl", "en", "reddit", "post", None, 21, None,
     "PSA: Kettlebird One overheating - lid melted/caught fire for multiple people today\n\nSeen at least 4 reports on X in the last hour. Mine smells burnt on the keep-warm setting too. Unplug yours until they say something.\n\nEdit: they still haven't said anything.", "neg", (3120, 0, 842)),
    ("c5", "jsonl", "en", "reddit", "comment", None, 33, "c4",
     "Mine got so hot the lid warped last month. Support told me it was 'within spec'. Within spec!!", "neg", None),
    ("c6", "csv", "en", "x", "post", None, "fire", None,
     "My daughter burned her hand on the lid of our Kettlebird One last week, we thought it was a freak accident. Now I'm seeing this thread. 😡", "neg", None),
    ("c7", "jsonl", "en", "x", "post", "TechPulseNews", 38, None,
     "Reports are spreading of Kettlebird One smart kettles overheating, with at least one lid catching fire. Kettlebird has not yet responded to our request for comment. Developing.", "neg", (12890, 5120, 1730)),
    ("c8", "csv", "en", "x", "post", None, "action", None,
     "Kettlebird needs to issue a recall. Today. Not a 'we're looking into it' tweet. A RECALL. #KettlebirdRecall", "neg", None),
    ("c9", "jsonl", "en", "x", "post", None, 26, None,
     "and now people are saying the Kettlebird app leaked customer emails?? I just got a phishing mail quoting my exact order number", "neg", None),
    ("c10", "jsonl", "en", "bluesky", "post", None, "breach", None,
     "so the kettle catches fire AND the app had a data breach? incredible week for @kettlebird", "neg", None),
    ("c11", "jsonl", "en", "mastodon", "post", None, "breach", None,
     "Reminder that your 'smart' kettle is a computer with a heating element attached. Today's example: Kettlebird One. Overheating + an apparent data breach of the companion app. #security #iot", "neg", None),
    ("c12", "csv", "en", "x", "post", "ConsumerWatchUK", "news", None,
     "If you own a Kettlebird One: stop using it until the manufacturer confirms it is safe. Keep your receipt. Under UK law you may be entitled to a refund or replacement.", "neg", (4210, 2380, 311)),
    ("c13", "jsonl", "en", "youtube", "comment", None, "fire", None,
     "Came back to this review after the fire news. Aged like milk 😬", "neg", None),
    ("c14", "csv", "en", "x", "post", None, "action", None,
     "Boycott Kettlebird until they come clean. Fire hazard + data leak + silence. #BoycottKettlebird", "neg", None),
    ("c15", "jsonl", "en", "instagram", "comment", None, "action", None,
     "your last post is about Black Friday deals while people's kitchens are on fire?? read the room @kettlebird", "neg", None),
    ("c16", "jsonl", "en", "facebook", "comment", None, "fire", None,
     "We have two of these at the office. Both unplugged now. Waiting for an official statement.", "neg", None),
    ("c17", "jsonl", "en", "x", "post", "j_hartley_law", "action", None,
     "Getting a lot of DMs about Kettlebird. If you were injured or had property damage, document everything: photos, receipts, medical notes. Lawsuit talk is premature, but evidence matters.", "neu", (2960, 1140, 208)),
    ("c18", "jsonl", "en", "reddit", "comment", None, "breach", "c4",
     "Anyone else get an email from 'Kettlebird Security' asking to 'verify your account'? Pretty sure that's phishing using the leaked list", "neg", None),
    ("c19", "csv", "en", "x", "post", None, "fire", None,
     "Kettlebird One: boils water, and occasionally your kitchen 🔥🫖", "neg", (22410, 6030, 512)),
    ("c20", "csv", "en", "x", "reply", None, "action", None,
     "Mine has been fine for 8 months. Not saying the reports are fake, but let's wait for facts before the pitchforks", "neu", None),
    ("c21", "jsonl", "en", "x", "post", "mira_chen_tech", "news", None,
     "Confirmed with two affected customers that their Kettlebird One units overheated on keep-warm mode. Separately, a researcher shared a screenshot suggesting an exposed Kettlebird API returned customer emails. Company silent so far.", "neg", (6120, 2290, 402)),
    ("c22", "jsonl", "en", "x", "post", "DailyBuzzNow", 58, None,
     "🚨 Smart kettle brand Kettlebird under fire (literally) after viral video shows lid in flames. Users also report a data breach. Calls for a recall are growing.", "neg", (31240, 9870, 4410)),
    ("c23", "csv", "en", "forum", "post", None, 27, None,
     "Official thread: Kettlebird One overheating / lid fire reports (Nov 21)\nPlease post serial number, purchase date and what happened. Mods will forward to the company.\nDo NOT use keep-warm until further notice.", "neu", (412, 0, 96)),
    ("c24", "csv", "en", "forum", "reply", None, 41, "c23",
     "Serial KB1-2309-44817, bought in September. Lid discoloured brown around the hinge, smelled like burning plastic. Unplugged.", "neg", None),
    ("c25", "csv", "en", "forum", "reply", None, 64, "c23",
     "KB1-2310-01562, October. No issues so far, but I've unplugged it anyway.", "neu", None),
    ("c26", "jsonl", "en", "x", "post", None, "action", None,
     "@kettlebird your silence is deafening. People are getting burned.", "neg", None),
    ("c27", "jsonl", "en", "bluesky", "post", None, "breach", None,
     "checked the paste that's going around and my Kettlebird account email is in it. so that part is real.", "neg", None),
    ("c28", "jsonl", "en", "x", "post", None, "action", None,
     "the way kettlebird's last tweet is still 'cozy season is here ☕🍂' 💀", "neg", None),
    ("c29", "jsonl", "en", "youtube", "comment", None, "fire", None,
     "Unplugged mine and put it on the balcony lmao, not taking chances", "neg", None),
    ("c30", "jsonl", "en", "instagram", "comment", None, "action", None,
     "Where is the recall announcement?? My mum uses hers every day and she won't check Twitter", "neg", None),
    ("c31", "csv", "es", "x", "post", None, "fire", None,
     "¿Alguien más ha visto lo de la Kettlebird One? Tapas que se queman, gente con quemaduras… Exijo una retirada ya. @kettlebird", "neg", None),
    ("c32", "jsonl", "es", "x", "post", "NoticiasTecES", "news", None,
     "Usuarios denuncian que la tetera inteligente Kettlebird One se sobrecalienta y en algún caso la tapa ha llegado a arder. También se habla de una filtración de datos de la app. La empresa no ha respondido.", "neg", (8730, 3310, 690)),
    ("c33", "jsonl", "es", "x", "post", None, "breach", None,
     "Filtración de datos en la app de Kettlebird: me acaba de llegar un correo de phishing con mi nombre y mi número de pedido. Flipando 😡", "neg", None),
    ("c34", "jsonl", "es", "instagram", "comment", None, "action", None,
     "Boicot a Kettlebird hasta que den explicaciones. Tengo dos en casa y ya están desenchufadas.", "neg", None),
    ("c35", "jsonl", "es", "facebook", "post", None, "action", None,
     "Si os habéis quemado con la Kettlebird, guardad fotos y tiques. Se está hablando de una demanda colectiva en España.", "neg", None),
    ("c36", "csv", "es", "x", "post", None, "action", None,
     "Lo de Kettlebird es de traca: la tetera arde y encima te roban el email 🇪🇸🔥 #BoicotKettlebird", "neg", None),
    ("c37", "jsonl", "es", "facebook", "comment", None, "action", None,
     "¿Hay retirada oficial o no? Necesito saber si la devuelvo a la tienda.", "neg", None),
    ("c38", "jsonl", "es", "reddit", "comment", None, "fire", None,
     "Mi hermano tiene una y le salió una ampolla en la mano al abrir la tapa. Pensábamos que había sido culpa suya.", "neg", None),
    ("c39", "csv", "de", "x", "post", None, "breach", None,
     "Kettlebird One überhitzt, Deckel fängt Feuer, und die App hat offenbar ein Datenleck. Wann kommt der Rückruf, @kettlebird? 😡", "neg", None),
    ("c40", "jsonl", "de", "x", "post", "TechTickerDE", "news", None,
     "Berichte über überhitzende Kettlebird-One-Wasserkocher häufen sich. Zudem soll ein Datenleck in der Kettlebird-App E-Mail-Adressen von Kunden offengelegt haben. Eine Stellungnahme steht aus.", "neg", (5410, 2080, 377)),
    ("c41", "jsonl", "de", "mastodon", "post", None, "breach", None,
     "Datenleck bei Kettlebird: Meine Adresse stand in der Liste, die gerade rumgeht. Habe Beschwerde bei der Datenschutzbehörde eingereicht. #Datenschutz", "neg", None),
    ("c42", "jsonl", "de", "facebook", "post", None, "action", None,
     "Boykott! Ich kaufe nie wieder was von Kettlebird. Mein Sohn hat sich am Deckel verbrannt.", "neg", None),
    ("c43", "csv", "de", "x", "post", None, "action", None,
     "Rückruf JETZT. Nicht morgen, nicht 'wir prüfen'. Jetzt. #KettlebirdRückruf", "neg", None),
    ("c44", "jsonl", "de", "instagram", "comment", None, "fire", None,
     "Unser Kettlebird One steht jetzt ausgesteckt auf dem Balkon. Sicher ist sicher.", "neg", None),
    ("c45", "jsonl", "de", "x", "post", "VerbraucherWacht", "news", None,
     "Besitzen Sie einen Kettlebird One? Bitte bis zur Klärung nicht mehr verwenden. Betroffene können sich bei uns melden – wir prüfen rechtliche Schritte.", "neg", (1890, 1240, 143)),
    ("c46", "jsonl", "de", "reddit", "comment", None, "breach", None,
     "Hab gerade eine Phishing-Mail vom angeblichen 'Kettlebird Kundenservice' bekommen, mit meiner Bestellnummer. Das Datenleck ist echt.", "neg", None),
    ("c47", "csv", "fr", "x", "post", None, "fire", None,
     "Rappel immédiat de la Kettlebird One svp. Couvercle qui prend feu, brûlures… et @kettlebird ne dit rien 😡", "neg", None),
    ("c48", "jsonl", "fr", "x", "post", "LeJournalDuNumerique", "news", None,
     "Bouilloires connectées Kettlebird One : des utilisateurs signalent des surchauffes et un couvercle en feu. Une fuite de données de l'application est également évoquée. La marque n'a pas réagi.", "neg", (7640, 2950, 588)),
    ("c49", "jsonl", "fr", "facebook", "post", None, "breach", None,
     "Fuite de données chez Kettlebird : j'ai reçu un mail frauduleux avec mon adresse et ma commande. Je fais une demande auprès de la CNIL.", "neg", None),
    ("c50", "jsonl", "fr", "instagram", "comment", None, "action", None,
     "Boycott total. On ne joue pas avec la sécurité des gens. 🇫🇷", "neg", None),
    ("c51", "csv", "fr", "x", "post", None, "action", None,
     "Demande de remboursement envoyée. Je ne veux plus de cette bouilloire chez moi. #KettlebirdRappel", "neg", None),
    ("c52", "jsonl", "fr", "mastodon", "post", None, "breach", None,
     "Une bouilloire qui surchauffe et une appli qui laisse fuiter nos mails. Kettlebird coche toutes les cases. 🙃", "neg", None),
    ("c53", "jsonl", "fr", "youtube", "comment", None, "fire", None,
     "Ma sœur s'est brûlée avec le couvercle le mois dernier, elle pensait que c'était sa faute. Franchement ça fait peur.", "neg", None),
    ("c54", "jsonl", "en", "x", "post", None, "action", None,
     "Just got off the phone with Kettlebird support. They 'can't comment'. 90 minute wait. Unbelievable.", "neg", None),
    ("c55", "jsonl", "en", "x", "post", "SafeHomeHQ", "news", None,
     "Smart appliance safety 101: never leave a heating appliance on keep-warm unattended. Especially not a Kettlebird One right now. Thread 🧵", "neg", (3380, 1510, 97)),
    ("c56", "csv", "en", "bluesky", "post", None, "action", None,
     "imagine being the Kettlebird social media intern today", "neu", None),
    ("c57", "jsonl", "en", "x", "post", None, "action", None,
     "took mine back to the store, they pulled every Kettlebird One off the shelf while I was standing there. that's the recall I guess", "neg", None),
    ("c58", "jsonl", "en", "reddit", "comment", None, "breach", "c4",
     "The data breach thing is separate from the fire thing, people. One is hardware, one is their API. Both bad, but don't mix them up.", "neu", None),
    ("c59", "jsonl", "en", "x", "post", "grumpy_brewer_mike", "action", None,
     "So my kettle took 3 weeks to arrive, came broken, and now it might set my house on fire. Kettlebird truly the gift that keeps on giving", "neg", None),
    ("c60", "jsonl", "en", "x", "reply", None, "news", "c7",
     "@TechPulseNews I sent them a photo of my melted lid in October. They offered me a 10% voucher.", "neg", None),
    ("c61", "jsonl", "en", "facebook", "post", None, "action", None,
     "Our family kettle 👨‍👩‍👧 is going straight in the bin. Not risking the kids. @kettlebird do better.", "neg", None),
    ("c62", "csv", "en", "x", "post", None, "action", None,
     "lawyers already circling, Kettlebird's PR team is about to have the worst weekend of their lives", "neg", None),
]

# After the burst: follow-ups (jsonl), (key, lang, platform, kind, author, day, "hh:mm", parent, text, sentiment, metrics)
FOLLOWUPS = [
    ("f1", "en", "x", "post", "TechPulseNews", 21, "17:41", None,
     "Update: Kettlebird says it is 'aware of reports' about the Kettlebird One and asks customers to avoid keep-warm mode while it investigates. No comment yet on the alleged data breach.", "neu", (4870, 1960, 655)),
    ("f2", "en", "x", "reply", None, 21, "17:58", "f1",
     "'Avoid keep-warm mode' is not a recall, @kettlebird. Try again.", "neg", None),
    ("f3", "de", "x", "post", None, 21, "18:26", None,
     "Immer noch kein Rückruf. Nur ein 'Hinweis'. Lächerlich.", "neg", None),
    ("f4", "en", "bluesky", "post", None, 21, "19:03", None,
     "Kettlebird statement dropped almost 3 hours after the video went viral. Not great, not terrible.", "neu", None),
    ("f5", "fr", "x", "post", None, 21, "20:17", None,
     "Toujours pas de rappel officiel en France. J'ai débranché la mienne en attendant.", "neg", None),
    ("f6", "es", "x", "post", None, 21, "21:34", None,
     "Kettlebird dice que 'investiga'. Mientras tanto, ¿quién le paga la cocina a la chica del vídeo?", "neg", None),
    ("f7", "en", "reddit", "comment", None, 21, "22:10", None,
     "Statement is out but it doesn't say a word about the emails. That's the part that worries me more, honestly.", "neg", None),
    ("f8", "es", "x", "post", "NoticiasTecES", 22, "09:30", None,
     "Kettlebird anuncia la retirada voluntaria de las Kettlebird One fabricadas entre agosto y octubre de 2026 y confirma un 'incidente de seguridad' en su app.", "neu", (3920, 1480, 260)),
    ("f9", "de", "x", "post", "TechTickerDE", 22, "09:46", None,
     "Kettlebird startet freiwilligen Rückruf für den Kettlebird One (Produktion Aug.–Okt. 2026) und bestätigt ein Datenleck in der App. Betroffene sollen per E-Mail informiert werden.", "neu", (2870, 1130, 194)),
    ("f10", "fr", "x", "post", "LeJournalDuNumerique", 22, "10:05", None,
     "Kettlebird annonce un rappel volontaire de la Kettlebird One et confirme une fuite de données touchant des adresses e-mail de clients.", "neu", (3310, 1270, 240)),
    ("f11", "en", "x", "post", None, 22, "10:22", None,
     "Recall confirmed. Took them 18 hours. Now tell us how many emails leaked. #KettlebirdRecall", "neg", None),
    ("f12", "en", "facebook", "post", None, 22, "12:37", None,
     "Checked my serial on the recall page, mine is affected. Refund or replacement, they say. We'll see how long that takes.", "neg", None),
    ("f13", "en", "mastodon", "post", None, 22, "13:05", None,
     "Kettlebird confirms 'unauthorised access to a customer contact database'. Change your passwords folks, especially if you reused the Kettlebird one.", "neg", None),
    ("f14", "es", "instagram", "comment", None, 22, "16:48", None,
     "Devuelta la mía hoy en la tienda, sin problema. Al menos eso.", "neu", None),
    ("f15", "en", "forum", "post", None, 22, "14:02", None,
     "Recall page is live: enter your serial and it tells you whether your unit is affected. Mine (KB1-2310-01562) is included after all.", "neu", None),
]

# Hostile / terminal-unsafe texts. (file, handle, platform, kind, day, "hh:mm", lang, text, label)
HOSTILE = [
    ("csv", "glitch_tester", "forum", "post", 17, "10:12", "en",
     "Great kettle \x1b[2J\x1b[H lol", "a: ESC[2J clear screen + ESC[H"),
    ("csv", "tty_ghost", "x", "post", 18, "22:47", "en",
     "\x1b]0;pwned by kettle\x07 my Kettlebird Mini arrived today and honestly it looks great", "b: OSC 0 window title"),
    ("csv", "nora_finance", "forum", "post", 19, "08:55", "en",
     "Got a mail from 'Kettlebird billing' saying invoice\u202etxt.exe is fine to open. Is it really from them?", "c: U+202E right-to-left override"),
    ("csv", "redshift_ansi", "x", "post", 20, "14:33", "en",
     "\u009b31m red? the status ring on my Kettlebird One stays red after boiling", "d: C1 CSI U+009B"),
    ("csv", "old_terminal_joe", "forum", "post", 16, "21:06", "en",
     "Lid\tstuck again\x7f\x08\x08 help\x07 anyone?", "e: TAB, DEL, BS, BEL"),
    ("csv", "familia_garcia_te", "x", "post", 22, "19:20", "es",
     "Noche de té en familia 👨‍👩‍👧 con la Kettlebird 👍🏽 ❤️ 🇪🇸", "f: ZWJ family, skin tone, VS16 heart, flag"),
    ("jsonl", "glitch_tester", "x", "post", 22, "08:03", "en",
     "Still a great kettle \x1b[2J\x1b[H even after all this drama", "jsonl: ESC[2J clear screen"),
    ("jsonl", "tty_ghost", "x", "post", 22, "15:29", "en",
     "\x1b]2;kettle is on fire\x07 is the title of my life right now", "jsonl: OSC 2 window title"),
]

# ---------------------------------------------------------------------------
# Names for generated authors
# ---------------------------------------------------------------------------
FIRST = {
    "en": ["emma", "liam", "olivia", "noah", "ava", "ethan", "sophie", "jack", "priya", "raj", "aisha",
           "hannah", "ben", "zoe", "marcus", "dan", "leah", "owen", "grace", "kwame", "mei", "yusuf",
           "nora", "caleb", "ruby", "finn", "isla", "jamal", "tess", "amara", "sean", "nina", "will",
           "kate", "rob", "jess", "ali", "megan", "harvey", "siobhan", "tariq", "becca", "callum", "ivy"],
    "es": ["María", "Lucía", "Javier", "Carlos", "Sofía", "Pablo", "Elena", "Diego", "Carmen", "Andrés",
           "Marta", "Alejandro", "Paula", "Sergio", "Inés", "Rubén", "Nuria", "Álvaro", "Begoña", "Iñaki"],
    "de": ["Lena", "Jonas", "Anna", "Lukas", "Mia", "Felix", "Sarah", "Paul", "Laura", "Tim", "Julia",
           "Max", "Katrin", "Jan", "Nele", "Stefan", "Ute", "Björn", "Jürgen", "Sören"],
    "fr": ["Camille", "Lucas", "Léa", "Hugo", "Manon", "Louis", "Chloé", "Théo", "Inès", "Antoine",
           "Juliette", "Mathis", "Pierre", "Élodie", "Julien", "Margaux", "Baptiste", "Océane", "Gaëlle", "Noël"],
}
LAST = {
    "en": ["Smith", "Patel", "Nguyen", "O'Brien", "Walker", "Khan", "Evans", "Murphy", "Clarke", "Mensah",
           "Hughes", "Reid", "Chen", "Hall", "Price", "Okoro", "Lewis", "Ward", "Fraser", "Doyle"],
    "es": ["García", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Fernández", "Ruiz", "Díaz", "Muñoz",
           "Navarro", "Iglesias", "Ortega", "Castaño"],
    "de": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Koch",
           "Wagner", "Krüger", "Neumann", "Braun", "Zimmermann"],
    "fr": ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy", "Moreau", "Lefèvre",
           "Girard", "Rousseau", "Faure", "Mercier"],
}
WORDS = {
    "en": ["tea", "brews", "leaf", "kitchen", "bakes", "cooks", "mornings", "cozy", "steeps", "sips", "nerd",
           "mum", "dad", "codes", "runs", "reads", "pottery", "garden"],
    "es": ["te", "cocina", "cafe", "matcha", "mate", "desayuno", "recetas", "viajes"],
    "de": ["tee", "teeliebe", "kocht", "backt", "kaffee", "teetante", "morgens", "kueche"],
    "fr": ["the", "cuisine", "infuse", "matin", "cafe", "gourmand", "voyage", "lit"],
}
NAME_EMOJI = ["☕", "🍵", "✨", "🌿", "🐈", "📚", "🌻", "🏳️‍🌈", "🚲", "🎧", "🍂", "🧉"]
MASTO_INSTANCES = {"en": ["mastodon.social", "mastodon.online", "hachyderm.io"],
                   "es": ["mastodon.social", "tkz.one"],
                   "de": ["chaos.social", "norden.social"],
                   "fr": ["piaille.fr", "mamot.fr"]}
REDDIT_SUBS = {"en": ["tea", "tea", "tea", "Kettlebird", "BuyItForLife", "smarthome", "pourover"],
               "es": ["es", "spain"], "de": ["de", "Tee"], "fr": ["france", "cuisine"]}
REDDIT_THREADS = ["kettlebird_one_worth_it", "smart_kettles_megathread", "whats_your_daily_tea_setup",
                  "temperature_control_kettle_recommendations", "kettlebird_mini_review_after_3_months"]
FORUM_TOPICS = {"agree": (1102, "kettlebird-one-lid-issues"), "login": (1147, "app-login-problems-megathread"),
                "descale": (1163, "descaling-guide-and-tips"), "pos": (1188, "show-your-tea-setup"),
                "wifi": (1219, "wifi-pairing-troubleshooting"), "filters": (1224, "where-to-buy-filters"),
                "delivery": (1209, "shipping-and-delivery-status")}
FORUM_REVIEW_TOPICS = {"one": (1095, "kettlebird-one-owner-reviews"), "mini": (1201, "kettlebird-mini-reviews")}

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B36 = "0123456789abcdefghijklmnopqrstuvwxyz"
TIDCHARS = "234567abcdefghijklmnopqrstuvwxyz"

used_ids = {p: set() for p in PLATFORMS}
used_handles = set(NAMED)


def rand_str(alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def new_id(platform, when, kind):
    while True:
        if platform == "x":
            ms = int(when.timestamp() * 1000) + rng.randrange(0, 1000)
            i = str(((ms - 1288834974657) << 22) | rng.getrandbits(22))
        elif platform == "instagram":
            i = rng.choice("CD") + rand_str(ALNUM, 10)
        elif platform == "facebook":
            i = ("mid" + rand_str(ALNUM, 21)) if kind == "message" else ("pfbid0" + rand_str(ALNUM, 28))
        elif platform == "reddit":
            i = ("1g" + rand_str(B36, 5)) if kind == "post" else ("lx" + rand_str(B36, 5))
        elif platform == "youtube":
            i = rand_str(ALNUM, 11) if kind == "post" else (
                "Ug" + rng.choice("zxwy") + rand_str(ALNUM, 16) + "4AaABAg")
        elif platform == "mastodon":
            i = "Ao" + rand_str(ALNUM, 16)
        elif platform == "bluesky":
            i = "3l" + rand_str(TIDCHARS, 11)
        elif platform == "forum":
            i = "p" + str(rng.randrange(40000, 69999))
        else:
            raise ValueError(platform)
        if i not in used_ids[platform]:
            used_ids[platform].add(i)
            return i


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]", "", s)


def slugify(text, sep="_", words=7):
    first = text.split("\n")[0].lower()
    first = unicodedata.normalize("NFKD", first)
    first = "".join(c for c in first if not unicodedata.combining(c))
    toks = re.findall(r"[a-z0-9]+", first)
    return sep.join(toks[:words]) or "post"


def follower_count(tier):
    if tier == "small":
        return int(math.exp(rng.uniform(math.log(3), math.log(5000))))
    if tier == "mid":
        return int(math.exp(rng.uniform(math.log(5000), math.log(50000))))
    return int(math.exp(rng.uniform(math.log(100000), math.log(900000))))


def make_author(lang, platform):
    first = rng.choice(FIRST[lang])
    last = rng.choice(LAST[lang])
    f, l = ascii_fold(first).lower(), ascii_fold(last).lower()
    w = rng.choice(WORDS[lang])
    for _ in range(50):
        if platform == "youtube":
            h = f.capitalize() + w.capitalize() + rng.choice(["", "", "TV", "Vlogs", str(rng.randint(1, 99))])
        elif platform == "reddit":
            h = rng.choice([f"{w}_{f}{rng.randint(1, 99)}", f"{f.capitalize()}_{l.capitalize()}",
                            f"throwaway_{w}{rng.randint(100, 999)}", f"{l}{rng.randint(1970, 2005)}",
                            f"Lapsang_{f.capitalize()}", f"{f}{w}{rng.randint(1, 9)}"])
        else:
            h = rng.choice([f"{f}_{w}", f"{f}{w}", f"{w}_{f}", f"{f}.{l}", f"{f}{l[0]}{rng.randint(1, 99)}",
                            f"{f}_{l}", f"the{w}{f}", f"{f}{rng.randint(80, 2005)}", f"{f}_{l[:3]}{w}"])
        if platform == "bluesky":
            h = re.sub(r"[^a-z0-9-]", "-", h.lower()).strip("-") + ".bsky.social"
        if h not in used_handles:
            break
        w = rng.choice(WORDS[lang])
    used_handles.add(h)
    r = rng.random()
    if platform == "reddit":
        name = h
    elif platform == "forum":
        name = h if r < 0.6 else first.capitalize()
    elif r < 0.35:
        name = f"{first.capitalize()} {last}"
    elif r < 0.55:
        name = f"{first.capitalize()} {last[0]}."
    elif r < 0.75:
        name = f"{first.capitalize()} {rng.choice(NAME_EMOJI)}"
    elif r < 0.9:
        name = first.capitalize()
    else:
        name = f"{first.capitalize()} {last} {rng.choice(NAME_EMOJI)}"
    t = rng.random()
    tier = "small" if t < 0.89 else ("mid" if t < 0.975 else "big")
    followers = follower_count(tier)
    if platform == "forum":
        followers = max(3, followers // 20)
    verified = {"small": rng.random() < 0.02, "mid": rng.random() < 0.25, "big": rng.random() < 0.85}[tier]
    if platform in ("reddit", "forum", "mastodon"):
        verified = False
    return dict(handle=h, name=name, followers=followers, verified=verified, lang=lang, platform=platform,
                instance=rng.choice(MASTO_INSTANCES[lang]))


def named_author(handle):
    a = dict(NAMED[handle])
    a["handle"] = handle
    a["instance"] = MASTO_INSTANCES[a["lang"]][0]
    return a


HOUR_W = [0.25, 0.15, 0.10, 0.08, 0.08, 0.12, 0.30, 0.60, 0.90, 1.00, 1.05, 1.10,
          1.20, 1.15, 1.10, 1.10, 1.15, 1.25, 1.35, 1.40, 1.30, 1.00, 0.70, 0.45]


def sample_time(day_weights):
    days = list(day_weights)
    day = rng.choices(days, weights=[day_weights[d] for d in days])[0]
    hour = rng.choices(range(24), weights=HOUR_W)[0]
    t = dt.datetime(2026, 11, day, hour, rng.randrange(60), rng.randrange(60), tzinfo=UTC)
    return min(t, WEEK_END)


def at(day, hhmm, jitter_s=True):
    h, m = map(int, hhmm.split(":"))
    return dt.datetime(2026, 11, day, h, m, rng.randrange(60) if jitter_s else 0, tzinfo=UTC)


def fmt(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def topic_of(text, sentiment):
    low = text.lower()
    for name, pat in TOPIC_PATTERNS:
        if re.search(pat, low):
            return name
    return {"neg": "agree", "pos": "pos", "neu": "neu"}[sentiment]


PLATFORM_W = {"x": 27, "instagram": 16, "facebook": 13, "reddit": 12, "youtube": 10,
              "mastodon": 7, "bluesky": 8, "forum": 7}


def pick_platform(category, text):
    if category.startswith("message"):
        return rng.choices(["x", "instagram", "facebook"], weights=[3, 4, 4])[0]
    if category.startswith("review"):
        return rng.choices(["facebook", "forum"], weights=[3, 2])[0]
    if "\n" in text:
        return rng.choice(["reddit", "forum", "facebook"])
    ps = [p for p in PLATFORM_W if not ("@" in text and p == "reddit")]   # no @-mentions on reddit
    return rng.choices(ps, weights=[PLATFORM_W[p] for p in ps])[0]


def pick_kind(category, platform, text):
    if category.startswith("message"):
        return "message"
    if category.startswith("review"):
        return "review"
    if text.startswith("@") and not text.lower().startswith("@kettlebird"):
        return "reply" if platform in ("x", "mastodon", "bluesky", "forum", "youtube") else "comment"
    r = rng.random()
    postish = 0.75 if category in ("question", "neutral") else 0.5
    if platform == "youtube":
        return "comment" if r < 0.8 else "reply"
    if r < postish:
        return "post"
    if platform in ("x", "mastodon", "bluesky", "forum"):
        return "reply"
    return "comment"


# ---------------------------------------------------------------------------
# record construction
# ---------------------------------------------------------------------------
YT_VIDEOS = [rand_str(ALNUM, 11) for _ in range(4)]        # third-party review videos
IG_BRAND_POSTS = ["D" + rand_str(ALNUM, 10) for _ in range(3)]  # @kettlebird's own posts
FB_BRAND_POSTS = ["pfbid0" + rand_str(ALNUM, 28) for _ in range(3)]
for _v in YT_VIDEOS:
    used_ids["youtube"].add(_v)
for _v in IG_BRAND_POSTS:
    used_ids["instagram"].add(_v)
for _v in FB_BRAND_POSTS:
    used_ids["facebook"].add(_v)


def make_record(file, when, platform, author, kind, text, lang, sentiment, source,
                parent=None, metrics=None, category=None, crisis=False):
    rec = dict(file=file, dt=when, platform=platform, author=author, kind=kind, text=text,
               lang=lang, true_sent=sentiment, source=source, parent=parent,
               category=category or source, crisis=crisis, thread={})
    rec["id"] = new_id(platform, when, kind)
    build_url(rec)
    rec["likes"], rec["shares"], rec["replies"] = metrics if metrics else engagement(rec)
    return rec


def build_url(rec):
    p, h, i, kind, parent = rec["platform"], rec["author"]["handle"], rec["id"], rec["kind"], rec["parent"]
    th = rec["thread"]
    if p == "x":
        rec["url"] = f"https://x.com/messages/{i}" if kind == "message" else f"https://x.com/{h}/status/{i}"
    elif p == "instagram":
        if kind == "message":
            rec["url"] = f"https://www.instagram.com/direct/t/{i}/"
        elif kind == "post":
            th["code"] = i
            rec["url"] = f"https://www.instagram.com/p/{i}/"
        else:
            code = parent["thread"].get("code") if parent else rng.choice(IG_BRAND_POSTS)
            th["code"] = code
            rec["url"] = f"https://www.instagram.com/p/{code}/c/{i}/"
    elif p == "facebook":
        if kind == "message":
            rec["url"] = f"https://www.facebook.com/messages/t/{i}"
        elif kind in ("post", "review"):
            th["post_url"] = f"https://www.facebook.com/{h}/posts/{i}"
            rec["url"] = th["post_url"]
        else:
            base = parent["thread"]["post_url"] if parent else \
                f"https://www.facebook.com/kettlebird/posts/{rng.choice(FB_BRAND_POSTS)}"
            th["post_url"] = base
            rec["url"] = f"{base}?comment_id={i}"
    elif p == "reddit":
        if kind == "post":
            sub = rng.choice(REDDIT_SUBS[rec["lang"] if rec["lang"] in REDDIT_SUBS else "en"])
            if "r/tea" in rec["text"]:
                sub = "tea"
            th.update(sub=sub, post=i, slug=slugify(rec["text"]))
            rec["url"] = f"https://www.reddit.com/r/{sub}/comments/{i}/{th['slug']}/"
        else:
            if parent:
                th.update(parent["thread"])
            else:
                post = "1g" + rand_str(B36, 5)
                used_ids["reddit"].add(post)
                lang = rec["lang"] if rec["lang"] in REDDIT_SUBS else "en"
                th.update(sub=rng.choice(REDDIT_SUBS[lang]), post=post, slug=rng.choice(REDDIT_THREADS))
            rec["url"] = f"https://www.reddit.com/r/{th['sub']}/comments/{th['post']}/{th['slug']}/{i}/"
    elif p == "youtube":
        if kind == "post":
            th["video"] = i
            rec["url"] = f"https://www.youtube.com/watch?v={i}"
        else:
            th["video"] = parent["thread"]["video"] if parent else rng.choice(YT_VIDEOS)
            rec["url"] = f"https://www.youtube.com/watch?v={th['video']}&lc={i}"
    elif p == "mastodon":
        inst = rec["author"]["instance"]
        rec["url"] = f"https://{inst}/@{h}/{i}"
    elif p == "bluesky":
        rec["url"] = f"https://bsky.app/profile/{h}/post/{i}"
    elif p == "forum":
        if parent:
            th.update(topic=parent["thread"]["topic"], slug=parent["thread"]["slug"])
        elif kind == "review":
            t, s = FORUM_REVIEW_TOPICS["mini" if "mini" in rec["text"].lower() else "one"]
            th.update(topic=t, slug=s)
        elif kind == "post":
            th.update(topic=rng.randrange(1230, 1399), slug=slugify(rec["text"], "-", 8))
        else:
            subject = topic_of(rec["text"], rec["true_sent"])
            t, s = FORUM_TOPICS.get(subject) or rng.choice(list(FORUM_TOPICS.values()))
            th.update(topic=t, slug=s)
        n = 1 if (kind == "post" and not parent) else rng.randrange(2, 60)
        rec["url"] = f"https://community.kettlebird.com/t/{th['slug']}/{th['topic']}/{n}"


def engagement(rec):
    kind, f = rec["kind"], rec["author"]["followers"]
    boost = 4.0 if rec["crisis"] else 1.0
    if kind == "message":
        return 0, 0, 0
    if kind == "review":
        return rng.choice([0, 0, 0, 1, 1, 2, 3, 5, 8, 12]), 0, rng.choice([0, 0, 0, 1])
    if kind == "post":
        likes = int(rng.lognormvariate(math.log(max(1.0, f * 0.006 * boost)), 0.9))
        likes = min(likes, max(5, int(f * 0.05 * boost)))
        shares = 0 if rec["platform"] in ("forum", "reddit") else int(likes * rng.uniform(0.02, 0.25))
        replies = int(likes * rng.uniform(0.03, 0.2)) + rng.randint(0, 3)
        return likes, shares, replies
    likes = int(rng.expovariate(1 / (4.0 * boost)))
    shares = int(likes * 0.1) if rec["platform"] in ("x", "bluesky", "mastodon") else 0
    return likes, shares, rng.choice([0, 0, 0, 1, 1, 2])


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------
def flatten_pool():
    out = {}
    for lang, cats in POOL.items():
        items = []
        for cat, texts in cats.items():
            for t in texts:
                text, hint = (t if isinstance(t, tuple) else (t, {}))
                items.append(dict(lang=lang, category=cat, text=text, hint=hint))
        rng.shuffle(items)
        out[lang] = items
    return out


def draw(items, file):
    """Pop an item for `file`: pinned-to-this-file first, never one pinned elsewhere."""
    for i in range(len(items) - 1, -1, -1):
        if items[i]["hint"].get("file") == file:
            return items.pop(i)
    ok = [i for i in range(len(items)) if items[i]["hint"].get("file") in (None, file)]
    if not ok:
        sys.exit("pool exhausted")
    i = ok[-1]
    if CATEGORY_SENTIMENT[items[i]["category"]] == "neg" and rng.random() < 0.65:
        calmer = [j for j in ok if CATEGORY_SENTIMENT[items[j]["category"]] != "neg"]
        if calmer:
            i = calmer[-1]      # keep the calm baseline at roughly a quarter negative
    return items.pop(i)


def crisis_time(when):
    if isinstance(when, int):
        return CRISIS_START + dt.timedelta(minutes=when, seconds=rng.randrange(60))
    lo, hi = PHASES[when]
    return CRISIS_START + dt.timedelta(seconds=rng.randrange(lo * 60, hi * 60))


def build():
    files = {"csv": [], "jsonl": []}
    by_key = {}

    # hostile rows
    hostile_rows = []
    for file, handle, platform, kind, day, hhmm, lang, text, label in HOSTILE:
        a = named_author(handle)
        a["platform"] = platform
        r = make_record(file, at(day, hhmm), platform, a, kind, text, lang, "neu", "hostile")
        r["hostile_label"] = label
        files[file].append(r)
        hostile_rows.append(r)

    # storylines
    prev_by_author = {}
    for file, handle, day, hhmm, kind, text, sent, thread in STORYLINES:
        a = named_author(handle)
        parent = prev_by_author.get((file, handle)) if thread else None
        r = make_record(file, at(day, hhmm), a["platform"], a, kind, text, a["lang"], sent, "storyline",
                        parent=parent)
        files[file].append(r)
        prev_by_author[(file, handle)] = r

    # crisis burst
    for key, file, lang, platform, kind, author, when, parent_key, text, sent, metrics in CRISIS:
        a = named_author(author) if author else make_author(lang, platform)
        if author is None and rng.random() < 0.15:
            a["followers"] = follower_count("mid")
        t = crisis_time(when)
        parent = by_key.get(parent_key)
        if parent is not None:
            assert parent["file"] == file and parent["platform"] == platform, key
            if t <= parent["dt"]:
                t = parent["dt"] + dt.timedelta(minutes=rng.randint(2, 9))
        assert CRISIS_START <= t < CRISIS_START + dt.timedelta(minutes=CRISIS_MINUTES), key
        r = make_record(file, t, platform, a, kind, text, lang, sent, "crisis", parent=parent,
                        metrics=metrics, crisis=True)
        by_key[key] = r
        files[file].append(r)

    # follow-ups after the burst (live stream only)
    for key, lang, platform, kind, author, day, hhmm, parent_key, text, sent, metrics in FOLLOWUPS:
        a = named_author(author) if author else make_author(lang, platform)
        parent = by_key.get(parent_key)
        r = make_record("jsonl", at(day, hhmm), platform, a, kind, text, lang, sent, "followup",
                        parent=parent, metrics=metrics)
        by_key[key] = r
        files["jsonl"].append(r)

    # a few CJK / Hangul texts (no language tag)
    for file, script_lang, text, sent in CJK_TEXTS:
        platform = rng.choice(["x", "instagram", "bluesky"])
        a = make_author("en", platform)
        a["followers"], a["verified"] = follower_count("small"), False
        days = {16: 1, 17: 1, 18: 1, 19: 1, 20: 1} if file == "csv" else {22: 1}
        r = make_record(file, sample_time(days), platform, a, "post", text, "", sent, "cjk")
        r["script_lang"] = script_lang
        files[file].append(r)

    # ordinary mentions drawn from the pools
    pool = flatten_pool()
    day_w = {"csv": {16: 1.0, 17: 1.1, 18: 1.25, 19: 1.05, 20: 1.15, 21: 0.8, 22: 0.7},
             "jsonl": {20: 0.12, 21: 0.48, 22: 0.40}}
    n_threads = {"csv": 11, "jsonl": 4}
    targets = {"csv": TARGET_CSV_ROWS, "jsonl": TARGET_JSONL_ROWS}
    repeat_candidates = {}
    for file in ("csv", "jsonl"):
        have = Counter(r["lang"] for r in files[file])
        n_pool = targets[file] - len(files[file]) - n_threads[file]
        total_lang = targets[file] - n_threads[file]
        want = {l: max(0, round(total_lang * s) - have.get(l, 0)) for l, s in LANG_SHARE.items()}
        diff = n_pool - sum(want.values())
        want["en"] += diff
        for lang, n in want.items():
            if n > sum(1 for i in pool[lang] if i["hint"].get("file") in (None, file)):
                sys.exit(f"pool for {lang} exhausted: need {n}, have {len(pool[lang])}")
            for _ in range(n):
                item = draw(pool[lang], file)
                text, cat, hint = item["text"], item["category"], item["hint"]
                platform = hint.get("platform") or pick_platform(cat, text)
                kind = hint.get("kind") or pick_kind(cat, platform, text)
                # occasionally the same person posts twice
                key = (lang, platform)
                if repeat_candidates.get(key) and rng.random() < 0.08:
                    a = rng.choice(repeat_candidates[key])
                else:
                    a = make_author(lang, platform)
                    repeat_candidates.setdefault(key, []).append(a)
                when = sample_time(day_w[file])
                r = make_record(file, when, platform, a, kind, text, lang,
                                CATEGORY_SENTIMENT[cat], "pool", category=cat)
                files[file].append(r)

    # conversations: replies to earlier mentions in the same file and platform
    for file in ("csv", "jsonl"):
        cands = [r for r in files[file] if r["source"] in ("pool", "storyline")
                 and r["kind"] not in ("message", "review") and r["lang"] in THREAD_REPLIES
                 and r["dt"] < WEEK_END - dt.timedelta(hours=3)]
        rng.shuffle(cands)
        cands.sort(key=lambda r: 0 if r["category"] in ("question", "complaint") else 1)
        made = 0
        for parent in cands:
            if made >= n_threads[file]:
                break
            topic = topic_of(parent["text"], parent["true_sent"])
            replies = THREAD_REPLIES[parent["lang"]]
            generic = topic in ("agree", "pos", "neu")
            if generic and parent["category"] == "question":
                continue            # only answer questions we have a fitting answer for
            options = replies.get(topic) or replies.get({"pos": "pos", "neg": "agree", "neu": "neu"}[parent["true_sent"]])
            if not options:
                continue
            text = options.pop(rng.randrange(len(options)))
            platform = parent["platform"]
            if platform in ("x", "mastodon", "bluesky"):
                mention = parent["author"]["handle"]
                if platform == "mastodon":
                    mention = mention + "@" + parent["author"]["instance"]
                text = f"@{mention} {text}"
                kind = "reply"
            elif platform == "forum":
                kind = "reply"
            elif platform == "youtube":
                kind = "reply" if parent["kind"] != "post" else "comment"
            else:
                kind = "comment"
            when = parent["dt"] + dt.timedelta(minutes=4 + int(rng.expovariate(1 / 150)))
            if when > WEEK_END:
                when = parent["dt"] + dt.timedelta(minutes=rng.randint(4, 40))
            if when > WEEK_END:
                continue
            a = make_author(parent["lang"], platform)
            a["followers"] = min(a["followers"], follower_count("small"))
            sent = {"descale": "neu", "wifi": "neu", "chime": "neu", "filters": "neu", "login": "neg",
                    "delivery": "neg", "agree": "neg", "pos": "pos", "neu": "neu"}[topic]
            r = make_record(file, when, platform, a, kind, text, parent["lang"], sent, "thread",
                            parent=parent, category="thread")
            files[file].append(r)
            made += 1

    # language tag left empty on ~20 % (hostile rows keep theirs: tests look them up)
    for file, rows in files.items():
        for r in rows:
            r["lang_out"] = r["lang"]
        eligible = [r for r in rows if r["source"] != "hostile" and r["lang"]]
        n_blank = round(len(rows) * 0.20) - sum(1 for r in rows if not r["lang"])
        for r in rng.sample(eligible, max(0, n_blank)):
            r["lang_out"] = ""

    # tool-provided sentiment on ~30 % of rows, in mixed styles
    styles = {
        "en_lower": {"pos": "positive", "neg": "negative", "neu": "neutral"},
        "en_cap": {"pos": "Positive", "neg": "Negative", "neu": "Neutral"},
        "es": {"pos": "Positivo", "neg": "Negativo", "neu": "Neutro"},
        "fr": {"pos": "positif", "neg": "négatif", "neu": "neutre"},
    }
    for file, rows in files.items():
        eligible = [r for r in rows if r["source"] != "hostile"]
        for r in rows:
            r["sentiment_out"] = ""
        for r in rng.sample(eligible, round(len(rows) * 0.30)):
            lang = r["lang"]
            if lang == "es" and rng.random() < 0.7:
                style = "es"
            elif lang == "fr" and rng.random() < 0.7:
                style = "fr"
            else:
                style = "en_lower" if r["platform"] in ("x", "bluesky", "mastodon", "reddit") else "en_cap"
            guess = r["true_sent"]
            if r["category"] == "sarcasm" and rng.random() < 0.6:
                guess = "pos"                       # tools are bad at sarcasm
            elif rng.random() < 0.06:
                guess = rng.choice(["pos", "neg", "neu"])
            r["sentiment_out"] = styles[style][guess]

    for rows in files.values():
        rows.sort(key=lambda r: (r["dt"], r["platform"], r["id"]))
    return files, hostile_rows


def out_row(r):
    return {
        "id": r["id"], "created_at": fmt(r["dt"]), "platform": r["platform"],
        "author": r["author"]["handle"], "author_name": r["author"]["name"],
        "followers": r["author"]["followers"], "verified": r["author"]["verified"],
        "kind": r["kind"], "text": r["text"], "likes": r["likes"], "shares": r["shares"],
        "replies": r["replies"], "lang": r["lang_out"], "url": r["url"],
        "sentiment": r["sentiment_out"], "parent_id": r["parent"]["id"] if r["parent"] else "",
    }


def write(files):
    with open(CSV_PATH, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(FIELDS)
        for r in files["csv"]:
            o = out_row(r)
            o["verified"] = "true" if o["verified"] else "false"
            w.writerow([o[k] for k in FIELDS])
    with open(JSONL_PATH, "w", encoding="utf-8", newline="\n") as fh:
        for r in files["jsonl"]:
            o = out_row(r)
            o = {k: v for k, v in o.items() if v != ""}
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------------------
# verification / summary
# ---------------------------------------------------------------------------
def verify():
    problems = []
    with open(CSV_PATH, "rb") as fh:
        raw = fh.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append("CSV has a BOM")
    if b"\r" in raw:
        problems.append("CSV contains CR")
    with open(CSV_PATH, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    header, body = rows[0], rows[1:]
    if header != FIELDS:
        problems.append("bad CSV header")
    bad = [i for i, row in enumerate(body, 2) if len(row) != len(FIELDS)]
    if bad:
        problems.append(f"CSV rows with wrong column count: {bad[:5]}")
    csv_recs = [dict(zip(FIELDS, row)) for row in body]

    jl = []
    with open(JSONL_PATH, encoding="utf-8", newline="") as fh:
        for n, line in enumerate(fh, 1):
            if not line.endswith("\n"):
                problems.append(f"jsonl line {n} lacks newline")
            try:
                jl.append(json.loads(line))
            except json.JSONDecodeError as e:
                problems.append(f"jsonl line {n}: {e}")
    raw_j = open(JSONL_PATH, "rb").read()
    if any(b in raw_j for b in (b"\x1b", b"\x07", b"\x08", b"\x7f")):
        problems.append("raw control byte in jsonl")
    for o in jl:
        if None in o.values():
            problems.append("null in jsonl")
        for k in ("followers", "likes", "shares", "replies"):
            if not isinstance(o[k], int):
                problems.append(f"{k} not int in jsonl")
        if not isinstance(o["verified"], bool):
            problems.append("verified not bool in jsonl")

    for name, recs in (("csv", csv_recs), ("jsonl", jl)):
        seen = {}
        ids = set()
        for o in recs:
            if o["platform"] not in PLATFORMS:
                problems.append(f"{name}: bad platform {o['platform']}")
            if o["kind"] not in ("post", "comment", "reply", "review", "message"):
                problems.append(f"{name}: bad kind {o['kind']}")
            if not ("2026-11-16T00:00:00Z" <= o["created_at"] <= "2026-11-22T23:59:00Z"):
                problems.append(f"{name}: time out of range {o['created_at']}")
            key = (o["platform"], o["id"])
            if key in ids:
                problems.append(f"{name}: duplicate id {key}")
            ids.add(key)
            pid = o.get("parent_id") or ""
            if pid:
                par = seen.get((o["platform"], pid))
                if par is None:
                    problems.append(f"{name}: parent {pid} not an earlier mention on {o['platform']}")
                elif par["created_at"] >= o["created_at"]:
                    problems.append(f"{name}: parent {pid} not earlier")
            seen[key] = o
            if "@" in o["author"]:
                problems.append(f"{name}: author with @ {o['author']}")

    texts = [o["text"] for o in csv_recs]
    checks = {
        "csv texts with comma": sum("," in t for t in texts),
        "csv texts with double quote": sum('"' in t for t in texts),
        "csv texts with newline": sum("\n" in t for t in texts),
    }
    if checks["csv texts with comma"] < 10 or checks["csv texts with double quote"] < 3 \
            or checks["csv texts with newline"] < 3:
        problems.append(f"quoting coverage too low: {checks}")
    all_texts = texts + [o["text"] for o in jl]
    dup = [t for t, c in Counter(all_texts).items() if c > 1]
    if dup:
        problems.append(f"duplicate texts: {dup[:3]}")

    def summary(name, recs):
        n = len(recs)
        print(f"\n== {name}: {n} rows")
        lang = Counter(o.get("lang") or "(empty)" for o in recs)
        print("  lang:      " + ", ".join(f"{k} {v} ({v / n:.0%})" for k, v in lang.most_common()))
        print("  platform:  " + ", ".join(f"{k} {v}" for k, v in Counter(o["platform"] for o in recs).most_common()))
        print("  kind:      " + ", ".join(f"{k} {v}" for k, v in Counter(o["kind"] for o in recs).most_common()))
        sent = Counter(o.get("sentiment") or "(empty)" for o in recs)
        print("  sentiment: " + ", ".join(f"{k} {v}" for k, v in sent.most_common()))
        rc = [o for o in recs if o["kind"] in ("reply", "comment")]
        withp = sum(1 for o in rc if o.get("parent_id"))
        print(f"  replies/comments with parent_id: {withp}/{len(rc)} ({withp / max(1, len(rc)):.0%})")
        days = Counter(o["created_at"][:10] for o in recs)
        print("  per day:   " + ", ".join(f"{k[5:]} {v}" for k, v in sorted(days.items())))
        crisis = sum(1 for o in recs if "2026-11-21T15:00:00Z" <= o["created_at"] < "2026-11-21T17:00:00Z")
        print(f"  in crisis window 2026-11-21 15:00-17:00Z: {crisis}")
        big = sum(1 for o in recs if int(o["followers"]) > 100000)
        print(f"  authors > 100k followers: {big} rows; distinct authors: {len(set(o['author'] for o in recs))}")

    summary("mentions.csv", csv_recs)
    summary("live.jsonl", jl)
    print("\n  " + ", ".join(f"{k}: {v}" for k, v in checks.items()))
    return problems


def main():
    files, hostile = build()
    write(files)
    problems = verify()
    for name, rows in files.items():
        true_lang = Counter(r.get("script_lang") or r["lang"] for r in rows)
        ordinary = [r for r in rows if r["source"] in ("pool", "storyline", "thread")]
        neg = sum(1 for r in ordinary if r["true_sent"] == "neg")
        print(f"  {name}: language of text (before blanking the tag): "
              + ", ".join(f"{k} {v} ({v / len(rows):.0%})" for k, v in true_lang.most_common())
              + f"; ordinary negative {neg}/{len(ordinary)} ({neg / len(ordinary):.0%})")
    print("\nhostile rows:")
    for r in hostile:
        print(f"  {r['file']:5} {r['platform']:6} id={r['id']:<22} author={r['author']['handle']:<18} "
              f"{fmt(r['dt'])}  {r['hostile_label']}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  - " + p)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
