/**
 * URLs a server without WEBHOOK_ALLOW_PRIVATE_URLS refuses for any webhook (event endpoints,
 * fulfilment tracks), each with what its refusal says. `plainHttp` is a receiver's http:// URL.
 */
export function refusedWebhookUrls(plainHttp: string): Array<readonly [string, RegExp]> {
  return [
    [plainHttp, /must be an https:\/\/ URL/],
    ['https://127.0.0.1:8443/hook', /127\.0\.0\.1, a private, loopback or reserved address/],
    ['https://10.1.2.3/hook', /private, loopback or reserved/],
    ['https://169.254.169.254/latest/meta-data', /private, loopback or reserved/],
    ['https://[::1]/hook', /private, loopback or reserved/],
    ['https://localhost/hook', /private, loopback or reserved/],
    ['https://user:pass@example.org/hook', /user name or password/],
    ['https://results.invalid/hook', /does not resolve/],
  ];
}
