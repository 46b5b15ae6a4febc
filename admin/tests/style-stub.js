// CSS imported by Strapi's admin: nothing to apply in jsdom.
module.exports = {};
