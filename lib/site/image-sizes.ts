/** The preview image of a shared link (Open Graph, Twitter) and WeChat's portrait poster. */
export const ogImageSize = { width: 1200, height: 630 };
export const posterSize = { width: 1080, height: 1440 };
