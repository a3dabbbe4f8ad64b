// Small preferences (theme) live in first-party cookies so the server can render with them on the next visit.
window.harmTaxonomy = window.harmTaxonomy || {};
window.harmTaxonomy.rememberPreference = function (name, value) {
    const oneYear = 60 * 60 * 24 * 365;
    const secure = window.location.protocol === "https:" ? "; Secure" : "";
    document.cookie = `${encodeURIComponent(name)}=${encodeURIComponent(value)}; Max-Age=${oneYear}; Path=/; SameSite=Lax${secure}`;
};
