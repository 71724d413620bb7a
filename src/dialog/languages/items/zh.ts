/**
 * Chinese (simplified and traditional): words that are, alone, a whole shopping item (lists.knownItems).
 * Written without spaces, "苹果香蕉和牛奶" reaches the list as "苹果香蕉" and "牛奶"; a run is cut only
 * where known items cover all of it (skills/listItems.ts), so "苹果汁" (apple juice) stays one item.
 * Characters that only end or begin an item ("面", "果", "汁", "片", "鸡") are not here alone, or
 * "鸡蛋面" would split; as in spaced languages, two known items said as one ("牛奶巧克力", milk
 * chocolate) are split, a rare loss against the common "苹果香蕉".
 */
export const KNOWN_ITEMS: readonly string[] = [
  // simplified
  '牛奶', '酸奶', '鸡蛋', '面包', '黄油', '奶酪', '大米', '米饭', '面粉', '面条', '挂面', '饺子', '馒头', '白糖', '红糖', '盐', '食盐', '酱油',
  '醋', '香油', '花生油', '食用油', '茶叶', '咖啡', '啤酒', '可乐', '雪碧', '矿泉水', '果汁', '苹果', '香蕉', '橙子', '橘子', '梨', '葡萄',
  '西瓜', '草莓', '桃子', '芒果', '柠檬', '土豆', '西红柿', '番茄', '洋葱', '大蒜', '生姜', '胡萝卜', '黄瓜', '白菜', '青菜', '菠菜', '芹菜',
  '茄子', '辣椒', '蘑菇', '豆腐', '鸡肉', '猪肉', '牛肉', '羊肉', '排骨', '鸡翅', '香肠', '火腿', '鸡腿', '鱼', '虾', '巧克力', '饼干',
  '薯片', '冰淇淋', '纸巾', '卫生纸', '牙膏', '牙刷', '洗发水', '沐浴露', '肥皂', '香皂', '洗衣液', '洗洁精', '电池', '垃圾袋',
  // traditional (Taiwan)
  '雞蛋', '麵包', '奶油', '起司', '白米', '麵粉', '麵條', '水餃', '饅頭', '砂糖', '鹽', '醬油', '茶葉', '可樂', '礦泉水', '蘋果', '柳橙',
  '葡萄柚', '檸檬', '馬鈴薯', '洋蔥', '紅蘿蔔', '小黃瓜', '高麗菜', '青江菜', '香菇', '雞肉', '豬肉', '雞翅', '香腸', '魚',
  '蝦', '餅乾', '洋芋片', '衛生紙', '洗髮精', '沐浴乳', '洗衣精', '洗碗精', '電池', '優格',
];
