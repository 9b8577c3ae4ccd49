import { expect, test } from "@playwright/test";
import { newCustomer, openMiniApp, pressMainButton } from "./support/telegram";

// A 1×1 PNG: real image bytes, so the server's content check accepts it.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

test("a customer sends a screenshot with a new request and another one in the chat", async ({
  page,
}) => {
  await openMiniApp(page, newCustomer());
  await pressMainButton(page, "New request");
  await page.getByRole("radio", { name: /Using the app/ }).check();
  await page.getByLabel("Subject").fill("Checkout button does nothing");
  await page
    .getByLabel("Describe the problem")
    .fill("Tapping Pay on the checkout page does nothing at all.");

  // Wrong kind of file first: refused in place, nothing else lost.
  const picker = page.getByLabel("Screenshot (optional)");
  await picker.setInputFiles({
    name: "notes.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("hello"),
  });
  await expect(page.getByText("Only JPEG, PNG or WebP images can be attached.")).toBeVisible();
  await expect(page.getByLabel("Subject")).toHaveValue("Checkout button does nothing");

  await picker.setInputFiles({ name: "checkout.png", mimeType: "image/png", buffer: PNG });
  await expect(page.getByText("JPEG, PNG or WebP, up to 10 MB")).toBeVisible();
  await pressMainButton(page, "Send request");
  await expect(page.getByRole("heading", { name: /^Accepted: ticket #\d+$/ })).toBeVisible();
  await expect(page.getByText("The screenshot could not be attached")).toHaveCount(0);

  await pressMainButton(page, "Open the request");
  await expect(page.getByRole("img", { name: "Screenshot" })).toHaveCount(1);

  await page
    .getByLabel("Attach a screenshot")
    .setInputFiles({ name: "second.png", mimeType: "image/png", buffer: PNG });
  await expect(page.getByRole("img", { name: "Screenshot" })).toHaveCount(2);
  const first = page.getByRole("img", { name: "Screenshot" }).first();
  await expect(first).toHaveJSProperty("naturalWidth", 1);
});
