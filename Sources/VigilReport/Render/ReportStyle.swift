/// The report's stylesheet: system fonts, readable measure, tables that wrap rather than
/// overflow, light and dark schemes, and A4 print rules.
enum ReportStyle {
    static let css = """
    :root{--fg:#1b1f24;--muted:#57606a;--bg:#ffffff;--panel:#f6f8fa;--line:#d0d7de;--accent:#0b5cad;
    --s0:#0b5cad;--s1:#c2410c;--s2:#2f7d32;--s3:#7b3fa0;--s4:#a16207;--s5:#0e7490;--up:#2f7d32;--down:#b42318}
    @media (prefers-color-scheme: dark){:root{--fg:#e6edf3;--muted:#9aa5b1;--bg:#0d1117;--panel:#161b22;--line:#30363d;--accent:#6cb6ff;
    --s0:#6cb6ff;--s1:#f0883e;--s2:#7ee787;--s3:#d2a8ff;--s4:#e3b341;--s5:#56d4dd;--up:#7ee787;--down:#ff7b72}}
    *{box-sizing:border-box}
    html{background:var(--bg);color:var(--fg)}
    body{margin:0 auto;max-width:1100px;padding:24px 28px;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;overflow-wrap:break-word}
    h1{font-size:1.8em;margin:0 0 4px}h2{font-size:1.35em;margin:0 0 12px;padding-bottom:4px;border-bottom:2px solid var(--line)}
    .subtitle{color:var(--muted);margin:0 0 12px}
    nav ol{display:flex;flex-wrap:wrap;gap:4px 18px;padding:0;margin:0 0 12px;list-style:none}
    nav ol li{counter-increment:item}nav ol li::before{content:counter(item) ". ";color:var(--muted)}
    a{color:var(--accent)}
    section{margin:28px 0 36px}
    .empty{color:var(--muted);font-style:italic}
    .facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:10px;margin:0 0 18px}
    .facts div{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:8px 12px}
    .facts dt{color:var(--muted);font-size:.85em}.facts dd{margin:2px 0 0;font-size:1.3em;font-weight:600}
    .change{font-size:.75em;font-weight:500;color:var(--muted)}.change.up{color:var(--up)}.change.down{color:var(--down)}
    .figure{margin:0 0 20px}.figure figcaption{color:var(--muted);font-size:.85em}
    svg.chart{width:100%;height:auto;max-width:760px;display:block;color:var(--fg)}
    svg .grid line{stroke:var(--line);stroke-width:1}svg .axisline{stroke:var(--muted);stroke-width:1}
    svg text{fill:var(--fg);font:12px system-ui,sans-serif}svg .axis,svg .unit{fill:var(--muted)}svg .value{font-weight:600}
    svg .series{fill:none;stroke-width:2.2;stroke-linejoin:round}
    svg .s0{stroke:var(--s0)}svg .s1{stroke:var(--s1)}svg .s2{stroke:var(--s2)}svg .s3{stroke:var(--s3)}svg .s4{stroke:var(--s4)}svg .s5{stroke:var(--s5)}
    svg .s0f{fill:var(--s0)}svg .s1f{fill:var(--s1)}svg .s2f{fill:var(--s2)}svg .s3f{fill:var(--s3)}svg .s4f{fill:var(--s4)}svg .s5f{fill:var(--s5)}
    svg .s0t{fill:var(--s0)}svg .s1t{fill:var(--s1)}svg .s2t{fill:var(--s2)}svg .s3t{fill:var(--s3)}svg .s4t{fill:var(--s4)}svg .s5t{fill:var(--s5)}
    svg .hatch{stroke:var(--bg);stroke-width:3}
    .table{margin:0 0 20px;max-width:100%}
    table{border-collapse:collapse;width:100%;font-size:.9em}
    caption{text-align:left;font-weight:600;padding:4px 0;caption-side:top}
    th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
    td.long{overflow-wrap:anywhere;min-width:8em}
    thead th{background:var(--panel);font-weight:600}
    tbody th{font-weight:500}
    .num{text-align:right;font-variant-numeric:tabular-nums}td.num{white-space:nowrap}
    @media (max-width:820px){body{padding:16px 12px}table{font-size:.8em}th,td{padding:4px 5px}td.num{white-space:normal}}
    footer{color:var(--muted);font-size:.85em;border-top:1px solid var(--line);margin-top:24px}
    @page{size:A4;margin:14mm 12mm}
    @media print{html{background:#fff;color:#000}body{max-width:none;padding:0;font-size:10pt}
    nav{display:none}section{break-before:page;margin:0}section:first-of-type{break-before:auto}
    h2,caption{break-after:avoid}tr,figure,.facts div{break-inside:avoid}
    table{font-size:8.5pt}th,td{padding:3px 5px}.num{white-space:normal}a{color:inherit;text-decoration:none}}
    """
}
