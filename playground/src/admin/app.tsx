export default {
  config: { locales: ['es'] },
  bootstrap() {},
};
