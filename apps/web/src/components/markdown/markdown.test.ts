import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Router } from "wouter";
import { Markdown } from "./markdown";
import { parseMarkdown, safeUrl } from "./parse-markdown";

const render = (source: string, dir: "ltr" | "rtl" | "auto" = "auto") =>
  renderToStaticMarkup(
    createElement(
      Router,
      { ssrPath: "/" } as Parameters<typeof Router>[0],
      createElement(Markdown, { source, dir, imageFallbackAlt: "Illustration" }),
    ),
  );

describe("Markdown rendering", () => {
  it("renders headings one level below the page, paragraphs, lists, emphasis and code", () => {
    const html = render(
      "# Returns\n\nSend it back within **30 days**, _unused_.\n\n- Open `My orders`\n- Tap *Return*\n\n1. Pack it\n2. Drop it off",
    );
    expect(html).toContain("<h2>Returns</h2>");
    expect(html).toContain("<p>Send it back within <strong>30 days</strong>, <em>unused</em>.</p>");
    expect(html).toContain(
      '<ul><li><span>Open <code dir="ltr">My orders</code></span></li><li><span>Tap <em>Return</em></span></li></ul>',
    );
    expect(html).toContain(
      "<ol><li><span>Pack it</span></li><li><span>Drop it off</span></li></ol>",
    );
  });

  it("keeps a <script> in the body as inert text", () => {
    const html = render("Hello <script>alert('x')</script> world");
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;");
  });

  it("never renders raw HTML tags or inline event handlers", () => {
    const html = render('<img src="x" onerror="alert(1)">\n\n<a href="#" onclick="steal()">hi</a>');
    expect(html).not.toMatch(/<img|<a /);
    // No element carries a handler: the words are escaped text inside a paragraph.
    expect(html).not.toMatch(/<[^>]*\son(error|click)=/);
    expect(html).toContain("&lt;img src=&quot;x&quot; onerror=&quot;alert(1)&quot;&gt;");
  });

  it("drops javascript: and data: links, keeping their words as plain text", () => {
    for (const href of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox",
      "//evil.example/x",
    ]) {
      const html = render(`[click me](${href})`);
      expect(html, href).not.toContain("href");
      expect(html, href).toContain("click me");
    }
  });

  it("opens external links outside the app without a window reference", () => {
    const html = render("See [the courier](https://courier.example/track?id=1).");
    expect(html).toContain(
      '<a href="https://courier.example/track?id=1" target="_blank" rel="noopener noreferrer nofollow">the courier</a>',
    );
  });

  it("keeps links to this site inside the app", () => {
    const html = render("Read [returns](/kb/return-policy).");
    expect(html).toContain('<a href="/kb/return-policy">returns</a>');
    expect(html).not.toContain("_blank");
  });

  it("gives every image alt text and refuses non-http image sources", () => {
    expect(render("![Order page](https://cdn.example/a.png)")).toContain(
      'alt="Order page" loading="lazy"',
    );
    expect(render("![](https://cdn.example/a.png)")).toContain('alt="Illustration"');
    const unsafe = render(
      "![x](javascript:alert(1)) ![y](data:image/svg+xml,<svg onload=alert(1)>)",
    );
    expect(unsafe).not.toContain("<img");
  });

  it("sets the direction for Persian and keeps code left to right", () => {
    const html = render("## بازگشت کالا\n\n```\nA-1042\n```", "rtl");
    expect(html.startsWith('<div class="markdown" dir="rtl">')).toBe(true);
    expect(html).toContain('<pre dir="ltr"><code>A-1042</code></pre>');
  });

  it("reads lists numbered with Persian digits", () => {
    const html = render("۳. **سفارش‌های من** را باز کنید.\n۴. روی سفارش بزنید.", "rtl");
    expect(html).toContain(
      '<ol start="3"><li><span><strong>سفارش‌های من</strong> را باز کنید.</span></li>',
    );
    expect(html).toContain("<li><span>روی سفارش بزنید.</span></li></ol>");
  });

  it("does not treat snake_case or a lone asterisk as emphasis", () => {
    const html = render("Use order_id_2 and 2 * 3 = 6");
    expect(html).toContain("Use order_id_2 and 2 * 3 = 6");
    expect(html).not.toContain("<em>");
  });

  it("survives deep nesting without blowing the stack", () => {
    const html = render(`${"> ".repeat(500)}deep\n\n${"*".repeat(2000)}`);
    expect(html).toContain("deep");
  });
});

describe("safeUrl", () => {
  it("accepts http(s), mailto, tel and site paths only", () => {
    expect(safeUrl("https://a.example/x")?.external).toBe(true);
    expect(safeUrl("mailto:help@shop.example")?.external).toBe(true);
    expect(safeUrl("/kb/x")).toEqual({ href: "/kb/x", external: false });
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl(" javascript:alert(1)")).toBeNull();
    expect(safeUrl("mailto:x@y.example", "image")).toBeNull();
    expect(safeUrl("/\\evil.example")).toBeNull();
  });

  it("parses nested lists as nested blocks", () => {
    const [list] = parseMarkdown("- one\n  - inner\n- two");
    expect(list?.type).toBe("list");
    if (list?.type !== "list") return;
    expect(list.items).toHaveLength(2);
    expect(list.items[0]?.[1]?.type).toBe("list");
  });
});
