// Small browser helpers: preferences kept in first-party cookies (so the server can render with them), and the clipboard.
window.harmTaxonomy = window.harmTaxonomy || {};
window.harmTaxonomy.rememberPreference = function (name, value) {
    const oneYear = 60 * 60 * 24 * 365;
    const secure = window.location.protocol === "https:" ? "; Secure" : "";
    document.cookie = `${encodeURIComponent(name)}=${encodeURIComponent(value)}; Max-Age=${oneYear}; Path=/; SameSite=Lax${secure}`;
};

// Copies a one-time value (an API client's secret) to the clipboard.
window.harmTaxonomy.copyText = function (text) {
    return navigator.clipboard.writeText(text);
};
